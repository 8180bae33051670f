import { eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import type { RoleCode } from '../../core/roles.js';
import { searchVectorOf } from '../../core/search/sql.js';
import {
  cadres,
  departments,
  inspectors,
  roleAssignments,
  teams,
  units,
  users,
} from '../../db/schema/index.js';
import { hashPassword } from '../auth/password-hash.js';
import {
  demoDepartments,
  demoUnits,
  givenNames,
  hometowns,
  inspectorRanks,
  specialties,
  surnames,
} from './demo-county.js';
import { loadDemoClues } from './demo-clues.js';
import { loadDemoPetitions } from './demo-petitions.js';
import { loadDemoPublicReports } from './demo-public-reports.js';
import { seeded } from './demo-random.js';
import { ensureDemoAccounts } from './demo-accounts.js';
import { loadDemoCommonProblems } from './demo-common-problems.js';
import { loadDemoRectification } from './demo-rectification.js';
import { loadDemoRounds } from './demo-rounds.js';

export const DEMO_PASSWORD = 'Demo#2026xc';

export const demoAccounts: {
  username: string;
  displayName: string;
  role: RoleCode;
  team?: number;
  unit?: string;
}[] = [
  { username: 'admin', displayName: '系统管理员', role: 'system_admin' },
  { username: 'office', displayName: '巡察办 周主任', role: 'office_admin' },
  { username: 'leader', displayName: '领导小组 陈组长', role: 'leading_group' },
  { username: 'team1lead', displayName: '第一巡察组 王组长', role: 'team_leader', team: 0 },
  { username: 'team1member', displayName: '第一巡察组 李组员', role: 'team_member', team: 0 },
  { username: 'team2lead', displayName: '第二巡察组 赵组长', role: 'team_leader', team: 1 },
  { username: 'team2member', displayName: '第二巡察组 孙组员', role: 'team_member', team: 1 },
  { username: 'clerk', displayName: '信访受理员 刘', role: 'petition_clerk' },
  { username: 'discipline', displayName: '县纪委监委 郑', role: 'discipline' },
  { username: 'organization', displayName: '县委组织部 吴', role: 'organization' },
  {
    username: 'liaison',
    displayName: '县住建局 联络员 何',
    role: 'unit_liaison',
    unit: '县住建局',
  },
  {
    // The unit's Party secretary: signs the 整改报告真实性承诺书 (a liaison account of the unit).
    username: 'secretary',
    displayName: '县住建局 党组书记 张',
    role: 'unit_liaison',
    unit: '县住建局',
  },
  { username: 'auditor', displayName: '安全审计员 冯', role: 'auditor' },
];

/**
 * Loads the fictional 清河县: partner departments, ~30 units with cadres, 40 inspectors,
 * three teams, and one account per role (password Demo#2026xc). Runs once per database.
 */
export async function loadDemoData(ctx: Ctx, rootId: string): Promise<boolean> {
  const [already] = await dbOf(ctx).select().from(users).where(eq(users.username, 'office'));
  // A demo folder from before the petitions, the rounds, the clue ledger, the rectification or
  // an account existed still gets them (each loads once).
  if (already) {
    const accounts = await ensureDemoAccounts(ctx, rootId, demoAccounts, DEMO_PASSWORD);
    const petitions = await loadDemoPetitions(ctx, rootId);
    const rounds = await loadDemoRounds(ctx, rootId);
    const clues = await loadDemoClues(ctx, rootId);
    const rectification = await loadDemoRectification(ctx, rootId);
    const common = await loadDemoCommonProblems(ctx, rootId);
    const reports = await loadDemoPublicReports(ctx);
    return reports || common || rectification || clues || rounds || petitions || accounts;
  }
  const random = seeded(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const personName = () => pick([...surnames]) + pick(givenNames);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await withTransaction(ctx, async (ctx) => {
    const db = dbOf(ctx);
    await db.delete(departments).where(eq(departments.jurisdictionId, rootId));
    await db.insert(departments).values(
      demoDepartments.map(([name, kind, hasAccounts]) => ({
        jurisdictionId: rootId,
        name,
        kind,
        hasAccounts,
      })),
    );
    const unitIds = new Map<string, string>();
    for (const unit of demoUnits) {
      const [row] = await db
        .insert(units)
        .values({
          jurisdictionId: rootId,
          name: unit.name,
          type: unit.type,
          parentId: unit.parent ? unitIds.get(unit.parent) : null,
          region: unit.region,
          searchVector: searchVectorOf(unit.name, unit.region) as never,
        })
        .returning({ id: units.id });
      unitIds.set(unit.name, row!.id);
      await db.insert(cadres).values(
        unit.posts.map(([position, leader]) => ({
          unitId: row!.id,
          name: personName(),
          gender: random() < 0.7 ? ('male' as const) : ('female' as const),
          position,
          level:
            unit.type === 'department' || unit.type === 'township'
              ? ('section' as const)
              : ('other' as const),
          isLeadershipMember: leader,
        })),
      );
    }
    const teamRows = await db
      .insert(teams)
      .values(
        ['第一巡察组', '第二巡察组', '第三巡察组'].map((name) => ({
          jurisdictionId: rootId,
          name,
        })),
      )
      .returning({ id: teams.id });
    await db.insert(inspectors).values(
      Array.from({ length: 40 }, (_, i) => ({
        jurisdictionId: rootId,
        name: personName(),
        gender: random() < 0.65 ? ('male' as const) : ('female' as const),
        specialties: [specialties[i % specialties.length]!, pick(specialties)].filter(
          (s, j, all) => all.indexOf(s) === j,
        ),
        rank: pick(inspectorRanks),
        currentUnit: pick(demoUnits).name,
        hometown: pick(hometowns),
        region: pick(hometowns),
        available: random() > 0.15,
      })),
    );
    for (const account of demoAccounts) {
      const [existing] = await db.select().from(users).where(eq(users.username, account.username));
      const userId =
        existing?.id ??
        (
          await db
            .insert(users)
            .values({
              username: account.username,
              displayName: account.displayName,
              jurisdictionId: rootId,
              passwordHash,
              passwordChangedAt: now(ctx),
            })
            .returning({ id: users.id })
        )[0]!.id;
      if (existing) {
        await db
          .update(users)
          .set({ passwordHash, displayName: account.displayName })
          .where(eq(users.id, userId));
        await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
      }
      await db.insert(roleAssignments).values({
        userId,
        role: account.role,
        jurisdictionId: rootId,
        teamId: account.team !== undefined ? teamRows[account.team]!.id : null,
        unitId: account.unit ? unitIds.get(account.unit)! : null,
      });
    }
    await emitAudit(ctx, {
      action: 'system.demo_loaded',
      entityType: 'jurisdiction',
      entityId: rootId,
      jurisdictionId: rootId,
      detail: {
        units: demoUnits.length,
        inspectors: 40,
        accounts: demoAccounts.map((a) => a.username),
      },
    });
  });
  // Two rounds and ~200 petitions, driven through the petition services (demo-petitions.ts);
  // then the term, the talent pool's histories, a finished round and the teams and records of
  // the round on site, through the round services (demo-rounds.ts); then the clue ledger in
  // every account, through the clue services (demo-clues.ts); then the finished round's
  // rectification and a common problem across its units, through the rectification services
  // (demo-rectification.ts, demo-common-problems.ts); last, reports from the public page
  // (demo-public-reports.ts).
  await loadDemoPetitions(ctx, rootId);
  await loadDemoRounds(ctx, rootId);
  await loadDemoClues(ctx, rootId);
  await loadDemoRectification(ctx, rootId);
  await loadDemoCommonProblems(ctx, rootId);
  await loadDemoPublicReports(ctx);
  return true;
}
