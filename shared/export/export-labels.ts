import type { DISPOSAL_METHODS, DISPOSAL_STATUSES, ParcelClass, SUPPLY_METHODS, SurveyStatus } from '../survey/card-enums.ts';

/** Languages of exported headers and labels; offices file zh-CN. */
export type ExportLanguage = 'zh-CN' | 'en';
export type ExportTexts = Readonly<Record<ExportLanguage, string>>;

/** Class names as ledgers print them (the card's labels). */
export const PARCEL_CLASS_LABELS: Readonly<Record<ParcelClass, ExportTexts>> = {
  approvedUnsupplied: { 'zh-CN': '批而未供', en: 'Approved, not supplied' },
  idle: { 'zh-CN': '闲置', en: 'Idle' },
  inefficient: { 'zh-CN': '低效', en: 'Inefficient' },
  reserve: { 'zh-CN': '政府储备', en: 'Government reserve' },
  efficient: { 'zh-CN': '正常', en: 'Efficient' },
  unsurveyed: { 'zh-CN': '未调查', en: 'Not surveyed' },
};

export const SURVEY_STATUS_LABELS: Readonly<Record<SurveyStatus, ExportTexts>> = {
  unsurveyed: { 'zh-CN': '未调查', en: 'Not surveyed' },
  surveyed: { 'zh-CN': '已调查', en: 'Surveyed' },
  pendingReview: { 'zh-CN': '待核查', en: 'Pending review' },
  reviewed: { 'zh-CN': '已核查', en: 'Reviewed' },
  returned: { 'zh-CN': '退回', en: 'Returned' },
};

export const DISPOSAL_METHOD_LABELS: Readonly<Record<(typeof DISPOSAL_METHODS)[number], ExportTexts>> = {
  extendStart: { 'zh-CN': '延长开工期限', en: 'Extend the start date' },
  changeUseOrPlanning: { 'zh-CN': '调整用途/规划条件', en: 'Change use or planning conditions' },
  temporaryUse: { 'zh-CN': '临时使用', en: 'Temporary use' },
  buyBack: { 'zh-CN': '协议收购/有偿收回', en: 'Buy back with compensation' },
  swap: { 'zh-CN': '置换', en: 'Swap' },
  reclaimWithoutCompensation: { 'zh-CN': '无偿收回', en: 'Reclaim without compensation' },
  idleFee: { 'zh-CN': '征缴闲置费', en: 'Idle fee' },
  additionalInvestment: { 'zh-CN': '追加投资', en: 'Additional investment' },
  newProjectByLeadingFirm: { 'zh-CN': '优势企业新上项目', en: 'New project by a leading firm' },
  stateReserveAcquisition: { 'zh-CN': '国有平台收购储备', en: 'State platform acquisition' },
  judicialDisposal: { 'zh-CN': '司法处置（执转破）', en: 'Judicial disposal' },
  upgradeIndustrialUse: { 'zh-CN': '退二优二', en: 'Upgrade industrial use' },
  relocateIntoPark: { 'zh-CN': '腾退入园', en: 'Relocate into a park' },
};

export const DISPOSAL_STATUS_LABELS: Readonly<Record<(typeof DISPOSAL_STATUSES)[number], ExportTexts>> = {
  planned: { 'zh-CN': '拟处置', en: 'Planned' },
  inProgress: { 'zh-CN': '处置中', en: 'In progress' },
  disposed: { 'zh-CN': '已处置', en: 'Disposed' },
};

export const SUPPLY_METHOD_LABELS: Readonly<Record<(typeof SUPPLY_METHODS)[number], ExportTexts>> = {
  allocation: { 'zh-CN': '划拨', en: 'Allocation' },
  agreement: { 'zh-CN': '协议出让', en: 'Agreement' },
  tenderAuctionListing: { 'zh-CN': '招拍挂出让', en: 'Tender, auction or listing' },
  flexibleTerm: { 'zh-CN': '弹性年期出让', en: 'Flexible term' },
  leaseThenSell: { 'zh-CN': '先租后让', en: 'Lease then sell' },
};

/** The label of a code in a table; the code itself when it is not listed (data from elsewhere), '' for none. */
export function labelOf(table: Readonly<Record<string, ExportTexts>>, code: unknown, language: ExportLanguage): string {
  if (code === null || code === undefined || code === '') return '';
  return table[String(code)]?.[language] ?? String(code);
}
