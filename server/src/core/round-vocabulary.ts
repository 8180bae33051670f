/** 常规 / 专项 / 延伸 / 机动 / 回头看 (DOMAIN.md §2). */
export const roundKinds = ['regular', 'special', 'extended', 'mobile', 'follow_up'] as const;

/** The six stages (DOMAIN.md §3.1): 准备、了解、报告、反馈、整改督查、立卷归案. */
export const roundStages = [
  'preparation',
  'on_site',
  'reporting',
  'feedback',
  'rectification',
  'archived',
] as const;

/** Partner departments a round asks for briefings (情况通报, 信息沟通机制 §8). */
export const briefingSources = [
  'discipline',
  'organization',
  'petition',
  'audit',
  'public_security',
  'procuratorate',
  'court',
  'other',
] as const;

/** The "13+N" on-site methods (DOMAIN.md §3.1 and the glossary). */
export const activityMethods = [
  'workReport',
  'talk',
  'petitionReception',
  'personalMatterCheck',
  'inquiry',
  'documentReview',
  'forum',
  'meetingAttendance',
  'survey',
  'fieldVisit',
  'specialCheck',
  'assistanceRequest',
  'other',
] as const;
