import type { FeatureIssueCode } from './geometry-check.ts';
import type { ImportProblem, ImportProblemCode } from './import-problem.ts';

export type MessageLanguage = 'zh-CN' | 'en';
type Texts = Readonly<Record<MessageLanguage, string>>;

const PROBLEMS: Readonly<Record<ImportProblemCode, Texts>> = {
  'missing-shp': { 'zh-CN': '缺少 .shp 文件（几何图形）', en: 'the .shp file (geometry) is missing' },
  'missing-dbf': { 'zh-CN': '缺少 .dbf 文件（属性表）', en: 'the .dbf file (attribute table) is missing' },
  'missing-shx': { 'zh-CN': '缺少 .shx 索引文件', en: 'the .shx index file is missing' },
  truncated: { 'zh-CN': '文件不完整（被截断）', en: 'the file is truncated' },
  'bad-header': { 'zh-CN': '文件头无效，不是 shapefile', en: 'the header is invalid: not a shapefile' },
  'record-count-mismatch': { 'zh-CN': '.shp 与 .dbf 的记录数不一致', en: 'the .shp and .dbf record counts differ' },
  'unsupported-shape-type': { 'zh-CN': '不支持的几何类型', en: 'unsupported geometry type' },
  'unreadable-zip': { 'zh-CN': '无法读取压缩包', en: 'the zip file cannot be read' },
  'zip-too-large': { 'zh-CN': '压缩包解压后过大，已拒绝', en: 'the zip expands beyond the size limit and was refused' },
  'unreadable-geojson': { 'zh-CN': '不是有效的 GeoJSON', en: 'not valid GeoJSON' },
  'empty-layer': { 'zh-CN': '图层没有要素', en: 'the layer has no features' },
  'unsupported-file': { 'zh-CN': '不支持的文件类型，已忽略', en: 'unsupported file type, ignored' },
  'no-layers': { 'zh-CN': '没有找到可导入的图层', en: 'no layer found to import' },
  'crs-unknown': { 'zh-CN': '无法确定坐标系，请选择', en: 'the coordinate system is unknown: please choose one' },
};

const WARNINGS: Readonly<Record<string, Texts>> = {
  'prj-missing': { 'zh-CN': '缺少 .prj，坐标系由坐标范围推断', en: 'no .prj: coordinate system inferred from the coordinates' },
  'prj-unreadable': { 'zh-CN': '.prj 无法识别，坐标系由坐标范围推断', en: 'the .prj is unreadable: coordinate system inferred from the coordinates' },
  'crs-needs-confirmation': { 'zh-CN': '坐标系为推测结果，请确认', en: 'the coordinate system is a guess: please confirm it' },
  'crs-outside-registry': { 'zh-CN': '坐标系不在内置列表中，按 .prj 参数转换', en: 'coordinate system not in the built-in list: converted by its .prj parameters' },
  'datum-not-converted': { 'zh-CN': '西安80/北京54 未做基准转换，位置可能偏差数十米', en: 'Xian 1980 / Beijing 1954: no datum shift applied, positions may be off by tens of metres' },
  'user-crs-unknown': { 'zh-CN': '所选坐标系代码无法识别', en: 'the chosen coordinate system code is unknown' },
  'z-m-dropped': { 'zh-CN': '已忽略 Z/M 值（高程/测量值）', en: 'Z/M values dropped' },
  'dbf-missing': { 'zh-CN': '缺少 .dbf 属性表，仅导入图形', en: 'no .dbf attribute table: geometry only' },
  'shx-missing': { 'zh-CN': '缺少 .shx 索引，已按顺序读取', en: 'no .shx index: read sequentially' },
};

const ISSUES: Readonly<Record<FeatureIssueCode, Texts>> = {
  'null-geometry': { 'zh-CN': '空几何', en: 'null geometry' },
  'invalid-coordinate': { 'zh-CN': '坐标为 NaN 或无穷', en: 'NaN or infinite coordinate' },
  'out-of-range': { 'zh-CN': '坐标超出经纬度范围', en: 'coordinate out of lon/lat range' },
  'unclosed-ring': { 'zh-CN': '环未闭合', en: 'unclosed ring' },
  'too-few-points': { 'zh-CN': '环的点数不足', en: 'ring with too few points' },
  'wrong-winding': { 'zh-CN': '环方向错误', en: 'wrong ring orientation' },
  'self-intersection': { 'zh-CN': '自相交', en: 'self-intersection' },
};

/** One line for a user: the file, then what is wrong (never a stack trace). */
export function describeProblem(problem: ImportProblem, language: MessageLanguage): string {
  const text = PROBLEMS[problem.code]?.[language] ?? problem.code;
  return `${problem.file}：${text}${problem.detail ? `（${problem.detail}）` : ''}`.replace(/：/g, language === 'en' ? ': ' : '：')
    .replace(/（(.*)）$/, language === 'en' ? ' ($1)' : '（$1）');
}

export function describeWarning(code: string, language: MessageLanguage): string {
  return WARNINGS[code]?.[language] ?? code;
}

export function describeIssue(code: FeatureIssueCode, language: MessageLanguage): string {
  return ISSUES[code][language];
}
