import type {
  answerMethods,
  disciplines,
  petitionChannels,
  petitionStates,
  problemFocuses,
} from './petition-vocabulary.js';

/** Chinese labels for documents the server writes (the UI has its own i18n dictionaries). */
export const channelLabels: Record<(typeof petitionChannels)[number], string> = {
  letter: '来信',
  visit: '来访',
  phone: '来电',
  online: '网络举报',
  mailbox: '意见箱',
  department_transfer: '有关部门交办',
  office_transfer: '巡察办交办',
  round: '巡察期间收到',
};

export const stateLabels: Record<(typeof petitionStates)[number], string> = {
  submitted: '待登记',
  registered: '已登记',
  proposed: '已拟办',
  approved: '已阅批',
  investigating: '调查中',
  reported: '已报告',
  reviewed: '已审定',
  transferred: '已转办',
  reply_received: '已回复',
  not_accepted: '不予受理',
  answered: '已答复',
  archived: '已归档',
};

export const focusLabels: Record<(typeof problemFocuses)[number], string> = {
  corruption: '党风廉政和反腐败',
  conduct: '作风建设',
  discipline: '严明纪律',
  personnel: '选人用人',
};

export const disciplineLabels: Record<(typeof disciplines)[number], string> = {
  political: '政治纪律',
  organizational: '组织纪律',
  integrity: '廉洁纪律',
  mass: '群众纪律',
  work: '工作纪律',
  life: '生活纪律',
};

export const answerMethodLabels: Record<(typeof answerMethods)[number], string> = {
  in_person: '当面告知',
  letter: '书面答复',
  phone: '电话告知',
  online: '网上答复',
  sms: '短信告知',
  not_deliverable: '无法答复（匿名等）',
};

export const actionLabels: Record<string, string> = {
  propose: '拟办',
  approve: '阅批',
  return: '退回',
  assign: '交办',
  report: '调查报告',
  review: '审定',
  extend: '延期',
  transfer: '转办',
  receive_reply: '收到回复',
  reject: '不予受理',
  answer: '答复',
  archive: '归档',
};
