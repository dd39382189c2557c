/**
 * The closed lists a parcel card chooses from. Stored values are these English
 * codes; the UI shows their Chinese (or English) labels.
 */

/** 批而未供 / 闲置 / 低效 / 储备 / 正常 / 未调查 — the classes the map is styled by. */
export const PARCEL_CLASSES = ['approvedUnsupplied', 'idle', 'inefficient', 'reserve', 'efficient', 'unsurveyed'] as const;
export type ParcelClass = (typeof PARCEL_CLASSES)[number];

/** 未调查 → 已调查 → 待核查 → 已核查, or 退回 (returned to the surveyor). */
export const SURVEY_STATUSES = ['unsurveyed', 'surveyed', 'pendingReview', 'reviewed', 'returned'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Status moves a user may make; anything else is refused. */
export const SURVEY_STATUS_MOVES: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = {
  unsurveyed: ['surveyed'],
  surveyed: ['unsurveyed', 'pendingReview'],
  pendingReview: ['reviewed', 'returned'],
  reviewed: ['returned'],
  returned: ['surveyed', 'pendingReview'],
};

/** 供地方式. */
export const SUPPLY_METHODS = ['allocation', 'agreement', 'tenderAuctionListing', 'flexibleTerm', 'leaseThenSell'] as const;

/** 处置方式 (domain brief §3). */
export const DISPOSAL_METHODS = [
  'extendStart', 'changeUseOrPlanning', 'temporaryUse', 'buyBack', 'swap', 'reclaimWithoutCompensation',
  'idleFee', 'additionalInvestment', 'newProjectByLeadingFirm', 'stateReserveAcquisition', 'judicialDisposal',
  'upgradeIndustrialUse', 'relocateIntoPark',
] as const;

/** Where a disposal plan stands; 'disposed' counts towards the disposal rate. */
export const DISPOSAL_STATUSES = ['planned', 'inProgress', 'disposed'] as const;

/** 生产状态: in production, half stopped (半停产), stopped (停产). The 低效 rules read it. */
export const PRODUCTION_STATUSES = ['normal', 'halfStopped', 'stopped'] as const;
export type ProductionStatus = (typeof PRODUCTION_STATUSES)[number];
