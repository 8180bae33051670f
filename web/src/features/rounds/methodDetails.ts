import { SURVEY_GRADES } from './api/types';
import type { ActivityMethod, SurveyItem } from './api/types';

export type DetailKind = 'text' | 'textarea' | 'list' | 'number' | 'activity' | 'survey';

export interface DetailField {
  /** The key inside the activity's `details`; its label is `rounds.detail.<key>`. */
  key: string;
  kind: DetailKind;
  /** The server refuses the record without it (services/rounds/record-activity.ts). */
  required?: boolean;
}

/**
 * The fields each on-site method records in `details`. The required ones are the server's (谈话:
 * interviewee, post, interviewers, recorder; 调阅资料: documents; 座谈会: participants; 民主测评与
 * 问卷: items, each subject with the count of every grade); the others are what the method's
 * record sheet asks for. A talk may follow up (约谈) an earlier record: `followUpOf`.
 */
export const METHOD_DETAILS: Record<ActivityMethod, DetailField[]> = {
  workReport: [
    { key: 'reporter', kind: 'text' },
    { key: 'attendees', kind: 'list' },
  ],
  talk: [
    { key: 'interviewee', kind: 'text', required: true },
    { key: 'post', kind: 'text', required: true },
    { key: 'interviewers', kind: 'list', required: true },
    { key: 'recorder', kind: 'text', required: true },
    { key: 'time', kind: 'text' },
    { key: 'outline', kind: 'textarea' },
    { key: 'followUpOf', kind: 'activity' },
  ],
  petitionReception: [
    { key: 'letters', kind: 'number' },
    { key: 'visits', kind: 'number' },
    { key: 'calls', kind: 'number' },
  ],
  personalMatterCheck: [{ key: 'cadres', kind: 'list' }],
  inquiry: [{ key: 'subject', kind: 'text' }],
  documentReview: [
    { key: 'documents', kind: 'list', required: true },
    { key: 'accounts', kind: 'list' },
  ],
  forum: [
    { key: 'participants', kind: 'list', required: true },
    { key: 'topic', kind: 'text' },
  ],
  meetingAttendance: [{ key: 'meeting', kind: 'text' }],
  survey: [{ key: 'items', kind: 'survey', required: true }],
  fieldVisit: [],
  specialCheck: [{ key: 'subject', kind: 'text' }],
  assistanceRequest: [
    { key: 'department', kind: 'text' },
    { key: 'matter', kind: 'text' },
  ],
  other: [{ key: 'approval', kind: 'text' }],
};

/** Methods that may be unannounced (暗访). */
export const UNANNOUNCED_METHODS: ReadonlySet<ActivityMethod> = new Set([
  'fieldVisit',
  'specialCheck',
]);

const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;

/** Clean one method's details for the server: trimmed text, no empty values. */
export function cleanDetails(
  method: ActivityMethod,
  raw: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of METHOD_DETAILS[method]) {
    const value = raw?.[field.key];
    if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'activity') {
      if (typeof value === 'string' && value.trim()) out[field.key] = value.trim();
    } else if (field.kind === 'list') {
      const list = Array.isArray(value) ? value.map((v) => String(v).trim()).filter(Boolean) : [];
      if (list.length) out[field.key] = list;
    } else if (field.kind === 'number') {
      if (typeof value === 'number' && Number.isFinite(value)) out[field.key] = value;
    } else if (field.kind === 'survey') {
      const items: SurveyItem[] = Array.isArray(value)
        ? (value as Partial<Record<keyof SurveyItem, unknown>>[]).flatMap((item) =>
            typeof item?.subject === 'string' && item.subject.trim()
              ? [
                  {
                    subject: item.subject.trim(),
                    ...Object.fromEntries(SURVEY_GRADES.map((g) => [g, count(item[g])])),
                  } as SurveyItem,
                ]
              : [],
          )
        : [];
      if (items.length) out[field.key] = items;
    }
  }
  return out;
}
