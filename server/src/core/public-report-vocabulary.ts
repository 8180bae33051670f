/** Who wrote a message of a public report's thread: the reporter (by receipt code) or a handler. */
export const messageAuthors = ['reporter', 'staff'] as const;

/** 满意度: 满意 / 基本满意 / 不满意. */
export const satisfactionRatings = ['satisfied', 'basically', 'unsatisfied'] as const;

/** What the reporter sees of a petition's state (received, accepted or not, handled, answered). */
export const reportStatuses = [
  'received',
  'accepted',
  'notAccepted',
  'handling',
  'answered',
] as const;
