import { and, eq, inArray } from 'drizzle-orm';
import { addCalendarDays, cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { petitionDeadlineNotices, petitions, roleAssignments } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';
import type { PetitionRow } from './petition-types.js';

export const PETITION_DEADLINE_QUEUE = 'petition-deadlines';

/** The deadline that runs now for a petition, by state (none once answered or archived). */
export function currentDeadline(
  p: PetitionRow,
): { kind: 'acceptance' | 'conclusion' | 'transfer_reply'; dueOn: string } | null {
  switch (p.state) {
    case 'registered':
    case 'proposed':
      return { kind: 'acceptance', dueOn: p.acceptanceDueOn };
    case 'approved':
    case 'investigating':
    case 'reported':
    case 'reviewed':
      return p.conclusionDueOn ? { kind: 'conclusion', dueOn: p.conclusionDueOn } : null;
    case 'transferred':
      return p.transferDueOn ? { kind: 'transfer_reply', dueOn: p.transferDueOn } : null;
    default:
      return null;
  }
}

const openStates = [
  'registered',
  'proposed',
  'approved',
  'investigating',
  'reported',
  'reviewed',
  'transferred',
] as const;
const deadlineLabel = { acceptance: '受理告知', conclusion: '办结', transfer_reply: '转办回复' };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The job: marks due-soon (setting petition.dueSoonDays) and overdue petitions and notifies the
 * handler (or the registrar) and the office, once per petition, kind and due date.
 */
export async function scanPetitionDeadlines(
  ctx: Ctx,
): Promise<{ dueSoon: number; overdue: number }> {
  const today = cstDate(now(ctx));
  const open = await dbOf(ctx)
    .select()
    .from(petitions)
    .where(inArray(petitions.state, [...openStates]));
  let dueSoon = 0;
  let overdue = 0;
  for (const p of open) {
    const deadline = currentDeadline(p);
    if (!deadline) continue;
    const soonDays = await getSetting(ctx, p.jurisdictionId, 'petition.dueSoonDays');
    const kind =
      deadline.dueOn < today
        ? 'overdue'
        : deadline.dueOn <= addCalendarDays(today, soonDays)
          ? 'due_soon'
          : null;
    if (!kind) continue;
    await withTransaction(ctx, async (ctx) => {
      const inserted = await dbOf(ctx)
        .insert(petitionDeadlineNotices)
        .values({ petitionId: p.id, kind, dueOn: deadline.dueOn, notifiedAt: now(ctx) })
        .onConflictDoNothing()
        .returning();
      if (inserted.length === 0) return;
      const office = await dbOf(ctx)
        .select({ userId: roleAssignments.userId })
        .from(roleAssignments)
        .where(
          and(
            eq(roleAssignments.role, 'office_admin'),
            eq(roleAssignments.jurisdictionId, p.jurisdictionId),
          ),
        );
      const owner = p.handlerId ?? p.registeredBy;
      const label = deadlineLabel[deadline.kind];
      await notify(ctx, [...(owner ? [owner] : []), ...office.map((o) => o.userId)], {
        kind: `petition.${kind}`,
        title:
          kind === 'overdue'
            ? `信访件 ${p.code} ${label}已超期（期限 ${deadline.dueOn}）`
            : `信访件 ${p.code} ${label}即将到期（期限 ${deadline.dueOn}）`,
        body: p.summary,
        link: `/petitions/${p.id}`,
      });
      if (kind === 'overdue') overdue += 1;
      else dueSoon += 1;
    });
  }
  return { dueSoon, overdue };
}

/** 超期督办台: the caller's open petitions that are overdue or due soon, most urgent first. */
export async function deadlineBoard(ctx: Ctx) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const today = cstDate(now(ctx));
  const rows = await dbOf(ctx)
    .select()
    .from(petitions)
    .where(and(inArray(petitions.state, [...openStates]), petitionPolicy.visibleWhere(actor)));
  const items = [];
  for (const p of rows) {
    const deadline = currentDeadline(p);
    if (!deadline) continue;
    const soonDays = await getSetting(ctx, p.jurisdictionId, 'petition.dueSoonDays');
    const daysLeft = daysBetween(today, deadline.dueOn);
    if (daysLeft > soonDays) continue;
    items.push({
      id: p.id,
      code: p.code,
      summary: p.summary,
      state: p.state,
      handlerId: p.handlerId,
      deadline: deadline.kind,
      dueOn: deadline.dueOn,
      daysLeft,
      status: daysLeft < 0 ? ('overdue' as const) : ('due_soon' as const),
    });
  }
  items.sort((a, b) => a.daysLeft - b.daysLeft);
  return { items };
}
