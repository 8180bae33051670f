import type { activities, briefings, findings, roundReports } from '../../db/schema/index.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentActivity = (r: typeof activities.$inferSelect) => ({
  id: r.id,
  unitId: r.unitId,
  teamId: r.teamId,
  method: r.method,
  occurredOn: r.occurredOn,
  place: r.place,
  summary: r.summary,
  record: r.record,
  unannounced: r.unannounced,
  details: r.details as Record<string, unknown>,
  version: r.version,
  createdAt: iso(r.createdAt)!,
});

export const presentFinding = (r: typeof findings.$inferSelect) => ({
  id: r.id,
  unitId: r.unitId,
  activityId: r.activityId,
  problem: r.problem,
  focus: r.focus,
  disciplines: r.disciplines,
  evidence: r.evidence,
  version: r.version,
  createdAt: iso(r.createdAt)!,
});

export const presentBriefing = (r: typeof briefings.$inferSelect) => ({
  id: r.id,
  source: r.source,
  departmentId: r.departmentId,
  request: r.request,
  dueOn: r.dueOn,
  response: r.response,
  respondedOn: r.respondedOn,
  version: r.version,
});

export const presentReport = (r: typeof roundReports.$inferSelect) => ({
  unitId: r.unitId,
  content: r.content,
  teamEvaluation: r.teamEvaluation,
  approvedAt: iso(r.approvedAt),
  feedbackOn: r.feedbackOn,
  feedbackAttendees: r.feedbackAttendees,
  version: r.version,
});
