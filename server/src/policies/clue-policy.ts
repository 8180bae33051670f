import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/context.js';
import type { RoleCode } from '../core/roles.js';
import { clueMembers, clues, departments, roundTargets } from '../db/schema/index.js';
import { coveredJurisdictions, inList, isInJurisdiction, teamIds } from './checks.js';

/** Who keeps the whole ledger of their jurisdictions. */
const fullReaders: readonly RoleCode[] = ['office_admin', 'leading_group'];
/** The office registers clues, convenes collective reviews, transfers and records paper replies. */
export const ledgerKeepers: readonly RoleCode[] = ['office_admin'];

/** Receiving bodies with accounts: a role acts for the departments of one kind. */
export const receiverRoles = {
  discipline_commission: 'discipline',
  organization_department: 'organization',
} as const satisfies Partial<Record<string, RoleCode>>;

type ReceiverKind = keyof typeof receiverRoles;

export function receiverRoleOf(kind: string): RoleCode | null {
  return (receiverRoles as Partial<Record<string, RoleCode>>)[kind] ?? null;
}

/** A department is served in the system only when it has accounts and a receiving role. */
export function servedOnPaper(dept: { kind: string; hasAccounts: boolean }): boolean {
  return !dept.hasAccounts || receiverRoleOf(dept.kind) === null;
}

/**
 * Where the actor holds `role` itself: a receiving body acts for its own department, not for
 * the departments of the jurisdictions below (a city's 纪委监委 does not see the county's inbox).
 */
function ownJurisdictions(actor: Actor, role: RoleCode): string[] {
  return actor.roles.filter((r) => r.role === role).map((r) => r.jurisdictionId);
}

/** `clues.receiver_department_id` among the departments the actor receives for. */
function receivedBy(actor: Actor): SQL[] {
  const conditions: SQL[] = [];
  for (const [kind, role] of Object.entries(receiverRoles) as [ReceiverKind, RoleCode][]) {
    const ids = ownJurisdictions(actor, role);
    if (ids.length === 0) continue;
    conditions.push(
      inArray(
        clues.receiverDepartmentId,
        sql`(select ${departments.id} from ${departments} where ${departments.kind} = ${kind}
             and ${departments.hasAccounts} and ${inList(departments.jurisdictionId, ids)})`,
      ),
    );
  }
  return conditions;
}

/**
 * The ledger's need-to-know (issue: clue ledger, point 8): the office and leaders see their
 * jurisdictions' clues; teams their round's; 纪委监委 / 组织部 only what was transferred to them;
 * a confidential clue only its named members. Everyone else: nothing (404).
 */
export const cluePolicy = {
  visibleWhere(actor: Actor): SQL {
    const conditions: SQL[] = [
      inList(clues.jurisdictionId, coveredJurisdictions(actor, fullReaders)),
      ...receivedBy(actor),
    ];
    const teams = teamIds(actor);
    if (teams.length > 0)
      conditions.push(
        inArray(
          clues.roundId,
          sql`(select ${roundTargets.roundId} from ${roundTargets} where ${inList(roundTargets.teamId, teams)})`,
        ),
      );
    const named = inArray(
      clues.id,
      sql`(select ${clueMembers.clueId} from ${clueMembers} where ${clueMembers.userId} = ${actor.userId})`,
    );
    return or(
      and(eq(clues.confidential, false), or(...conditions)),
      and(eq(clues.confidential, true), named),
    )!;
  },
  /** The receiving body's inbox: transferred to one of the actor's departments. */
  inboxWhere(actor: Actor): SQL {
    const conditions = receivedBy(actor);
    return conditions.length ? or(...conditions)! : sql`false`;
  },
  canKeepLedger(actor: Actor, jurisdictionId: string): boolean {
    return isInJurisdiction(actor, ledgerKeepers, jurisdictionId);
  },
  /** Acts as the receiver: its own role for a served department, the office for a paper one. */
  actsAsReceiver(
    actor: Actor,
    clueJurisdictionId: string,
    dept: { kind: string; hasAccounts: boolean; jurisdictionId: string } | null,
  ): boolean {
    if (!dept) return false;
    if (servedOnPaper(dept)) return isInJurisdiction(actor, ledgerKeepers, clueJurisdictionId);
    const role = receiverRoleOf(dept.kind)!;
    return ownJurisdictions(actor, role).includes(dept.jurisdictionId);
  },
};
