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
