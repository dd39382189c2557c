/** 简体中文 (default). Keys are shared with en.ts; a test checks they match. */
export const zhCN = {
  appName: '园地通',
  appSubtitle: '产业集聚区土地清查',
  language: '语言',
  languageName: '中文',
  sidePanelTitle: '项目',
  noProject: '尚未加载任何数据。',
  demoOffer: '第一次使用？打开示例项目：许昌市六个产业集聚区的宗地（CGCS2000 高斯-克吕格 3° 带，GBK 编码）。',
  openDemo: '打开示例项目',
  openingDemo: '正在打开示例项目…',
  demoProjectName: '示例：许昌市产业集聚区',
  parcelCount: '宗地数',
  layerName: '图层',
  parcelUnit: '宗',
  online: '在线',
  offline: '离线',
  storageUsed: '已用存储',
  storagePersisted: '持久保存',
  storageNotPersisted: '可能被浏览器清理',
  cursorLonLat: '经纬度',
  cursorGaussKruger: 'CGCS2000 3° 带 {{zone}}',
  cursorNone: '将鼠标移到地图上查看坐标',
  errorPrefix: '出错了：',
  mapLabel: '地图',
} as const;

export type MessageKey = keyof typeof zhCN;
