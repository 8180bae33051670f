/** Stable codes for petitions (labels are i18n keys in the UI). */
export const petitionChannels = [
  'letter', // 来信
  'visit', // 来访
  'phone', // 来电
  'online', // 网络
  'mailbox', // 意见箱
  'department_transfer', // 有关部门交办
  'office_transfer', // 巡察办交办
  'round', // 巡察期间收到
] as const;

/** 四个着力 */
export const problemFocuses = ['corruption', 'conduct', 'discipline', 'personnel'] as const;

/** 六大纪律 */
export const disciplines = [
  'political',
  'organizational',
  'integrity',
  'mass',
  'work',
  'life',
] as const;

export const petitionStates = [
  // 待登记: sent on the public page, waiting for a clerk to register it.
  'submitted',
  'registered',
  'proposed',
  'approved',
  'investigating',
  'reported',
  'reviewed',
  'transferred',
  'reply_received',
  'not_accepted',
  'answered',
  'archived',
] as const;

export const answerMethods = [
  'in_person',
  'letter',
  'phone',
  'online',
  'sms',
  'not_deliverable',
] as const;

/** Flags on the review of a unit's own closed petitions (source §3). */
export const reviewFlags = ['too_lenient', 'improper_procedure', 'evasive'] as const;

export const accessRequestKinds = ['identity', 'copy'] as const;
