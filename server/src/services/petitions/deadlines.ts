import { and, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import { addCalendarDays, cstDate, daysBetween } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { petitionDeadlineNotices, petitions, roleAssignments } from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { notify } from '../notifications/notify.js';
import { getSetting } from '../settings/get-setting.js';
import type { PetitionRow, PetitionState } from './petition-types.js';

export const PETITION_DEADLINE_QUEUE = 'petition-deadlines';

type DeadlineKind = 'acceptance' | 'conclusion' | 'transfer_reply';

/**
 * Which deadline runs in which state: the one table the deadline scan, the overdue board and the
 * overdue list filter all derive from (no deadline once answered, archived or not accepted).
 */
const runningDeadline = {
  registered: 'acceptance',
  proposed: 'acceptance',
  approved: 'conclusion',
  investigating: 'conclusion',
  reported: 'conclusion',
  reviewed: 'conclusion',
  transferred: 'transfer_reply',
} as const satisfies Partial<Record<PetitionState, DeadlineKind>>;

type OpenState = keyof typeof runningDeadline;
const openStates = Object.keys(runningDeadline) as OpenState[];
const dueField = {
  acceptance: 'acceptanceDueOn',
  conclusion: 'conclusionDueOn',
  transfer_reply: 'transferDueOn',
} as const satisfies Record<DeadlineKind, keyof PetitionRow>;

/** The deadline that runs now for a petition, or null. */
export function currentDeadline(p: PetitionRow): { kind: DeadlineKind; dueOn: string } | null {
  const kind = (runningDeadline as Partial<Record<PetitionState, DeadlineKind>>)[p.state];
  const dueOn = kind ? p[dueField[kind]] : null;
  return kind && dueOn ? { kind, dueOn } : null;
}

/** Overdue as SQL: still open and past the deadline its state runs. */
export function overdueWhere(today: string): SQL {
  return or(
    ...openStates.map((state) =>
      and(eq(petitions.state, state), lt(petitions[dueField[runningDeadline[state]]], today)),
    ),
  )!;
}

/** The due-soon margin per jurisdiction, read once per scan rather than once per petition. */
function dueSoonDaysOf(ctx: Ctx): (jurisdictionId: string) => Promise<number> {
  const cache = new Map<string, Promise<number>>();
  return (jurisdictionId) => {
    let days = cache.get(jurisdictionId);
    if (!days) {
      days = getSetting(ctx, jurisdictionId, 'petition.dueSoonDays');
      cache.set(jurisdictionId, days);
    }
    return days;
  };
}

const deadlineLabel = { acceptance: '受理告知', conclusion: '办结', transfer_reply: '转办回复' };

/**
 * The job: marks due-soon (setting petition.dueSoonDays) and overdue petitions and notifies the
 * handler (or the registrar) and the office, once per petition, kind and due date.
 */
export async function scanPetitionDeadlines(
  ctx: Ctx,
): Promise<{ dueSoon: number; overdue: number }> {
  const today = cstDate(now(ctx));
  const dueSoonDays = dueSoonDaysOf(ctx);
  const open = await dbOf(ctx).select().from(petitions).where(inArray(petitions.state, openStates));
  let dueSoon = 0;
  let overdue = 0;
  for (const p of open) {
    const deadline = currentDeadline(p);
    if (!deadline) continue;
    const soonDays = await dueSoonDays(p.jurisdictionId);
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
  const dueSoonDays = dueSoonDaysOf(ctx);
  const rows = await dbOf(ctx)
    .select()
    .from(petitions)
    .where(and(inArray(petitions.state, openStates), petitionPolicy.visibleWhere(actor)));
  const items = [];
  for (const p of rows) {
    const deadline = currentDeadline(p);
    if (!deadline) continue;
    const soonDays = await dueSoonDays(p.jurisdictionId);
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
