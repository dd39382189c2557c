/** Demo parks around Xuchang: names and lead industries from the pilot plan, positions approximate. */
export interface DemoPark {
  readonly name: string;
  readonly countyCode: string;
  readonly countyName: string;
  readonly centerLonLat: [number, number];
  readonly blockColumns: number;
  readonly blockRows: number;
  readonly rotationDegrees: number;
  readonly industries: readonly string[];
  readonly roads: readonly string[];
}

export const DEMO_PARKS: readonly DemoPark[] = [
  {
    name: '市经济技术产业集聚区', countyCode: '411002', countyName: '魏都区',
    centerLonLat: [113.872, 33.995], blockColumns: 9, blockRows: 7, rotationDegrees: 4,
    industries: ['装备制造', '发制品'], roads: ['瑞祥路', '魏武大道', '长村张路', '阳光大道', '延安路'],
  },
  {
    name: '市高新技术产业集聚区', countyCode: '411003', countyName: '建安区',
    centerLonLat: [113.782, 34.068], blockColumns: 9, blockRows: 8, rotationDegrees: -6,
    industries: ['电力电气装备', '智能电网'], roads: ['尚德路', '许继大道', '新元大道', '中原电气谷大道', '永昌大道'],
  },
  {
    name: '长葛市产业集聚区', countyCode: '411082', countyName: '长葛市',
    centerLonLat: [113.785, 34.225], blockColumns: 8, blockRows: 7, rotationDegrees: 9,
    industries: ['装备制造', '食品加工', '现代医药'], roads: ['长兴路', '葛天大道', '钟繇大道', '金桥路', '新区大道'],
  },
  {
    name: '禹州市产业集聚区', countyCode: '411081', countyName: '禹州市',
    centerLonLat: [113.505, 34.155], blockColumns: 8, blockRows: 6, rotationDegrees: -3,
    industries: ['装备制造', '医药'], roads: ['禹王大道', '钧都路', '药城路', '颍川大道', '滨河路'],
  },
  {
    name: '鄢陵县产业集聚区', countyCode: '411024', countyName: '鄢陵县',
    centerLonLat: [114.178, 34.098], blockColumns: 7, blockRows: 6, rotationDegrees: 12,
    industries: ['纺织箱包', '装备制造'], roads: ['花都大道', '金汇路', '建设路', '人民路', '陈化店路'],
  },
  {
    name: '襄城县产业集聚区', countyCode: '411025', countyName: '襄城县',
    centerLonLat: [113.512, 33.842], blockColumns: 7, blockRows: 6, rotationDegrees: -10,
    industries: ['装备制造', '纺织服装制鞋'], roads: ['紫云大道', '襄兴路', '首山路', '城东路', '文昌路'],
  },
];

export const COMPANY_PREFIXES = ['许昌', '河南', '中原', '豫'] as const;
export const COMPANY_CORES = [
  '瑞祥', '鑫达', '华信', '恒通', '金源', '远东', '德力', '森源', '众信', '宏宇', '黄河', '腾飞',
  '万里', '佳和', '天成', '国泰', '永安', '盛隆', '泰鸿', '嘉禾', '东升', '华盛', '信诚', '汇丰',
] as const;
export const COMPANY_SUFFIXES = ['有限公司', '股份有限公司', '科技有限公司', '实业有限公司'] as const;
