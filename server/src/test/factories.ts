import { randomBytes } from 'node:crypto';
import { dbOf, type Ctx } from '../core/context.js';
import { idNumberCheckChar } from '../core/identity/id-number.js';
import type { RoleCode } from '../core/roles.js';
import { searchVectorOf } from '../core/search/sql.js';
import {
  inspectors,
  jurisdictions,
  roleAssignments,
  roundTargets,
  rounds,
  teams,
  units,
  users,
} from '../db/schema/index.js';
import { hashPassword } from '../services/auth/password-hash.js';
import { login, type TestSession } from './session.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;
const uniq = () => randomBytes(4).toString('hex');

export async function makeJurisdiction(
  t: TestApp,
  options: { parentId?: string | null; level?: 'province' | 'city' | 'county'; name?: string } = {},
) {
  const [row] = await dbOf(t.system())
    .insert(jurisdictions)
    .values({
      name: options.name ?? `辖区${uniq()}`,
      level: options.level ?? 'county',
      parentId: options.parentId === undefined ? null : options.parentId,
    })
    .returning();
  return row!;
}

export async function makeUnit(
  t: TestApp,
  options: { jurisdictionId?: string; name?: string; parentId?: string | null } = {},
) {
  const name = options.name ?? `单位${uniq()}`;
  const [row] = await dbOf(t.system())
    .insert(units)
    .values({
      jurisdictionId: options.jurisdictionId ?? t.rootId,
      name,
      type: 'department',
      parentId: options.parentId ?? null,
      searchVector: searchVectorOf(name) as never,
    })
    .returning();
  return row!;
}

export async function makeTeam(t: TestApp, jurisdictionId = t.rootId) {
  const [row] = await dbOf(t.system())
    .insert(teams)
    .values({ jurisdictionId, name: `巡察组${uniq()}` })
    .returning();
  return row!;
}

/** A round in its on-site stage with target units, each assigned to a team. */
export async function makeRound(
  t: TestApp,
  targets: { unitId: string; teamId: string | null }[],
  options: { jurisdictionId?: string; stage?: (typeof rounds.$inferInsert)['state'] } = {},
) {
  const db = dbOf(t.system());
  const [round] = await db
    .insert(rounds)
    .values({
      jurisdictionId: options.jurisdictionId ?? t.rootId,
      name: `2026年第${uniq()}轮巡察`,
      state: options.stage ?? 'on_site',
    })
    .returning();
  if (targets.length)
    await db.insert(roundTargets).values(targets.map((x) => ({ roundId: round!.id, ...x })));
  return round!;
}

/** A valid ID number (GB 11643 check digit computed here; not a real person's). */
export function validIdNumber(body17 = '11010519800101123'): string {
  return body17 + idNumberCheckChar(body17);
}

export interface MadeUser {
  id: string;
  username: string;
  login(): Promise<TestSession>;
}

/** A fresh user holding one role (in the root jurisdiction unless told otherwise). */
export async function makeUser(
  t: TestApp,
  role: RoleCode | null,
  options: { jurisdictionId?: string; teamId?: string; unitId?: string; ctx?: Ctx } = {},
): Promise<MadeUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const jurisdictionId = options.jurisdictionId ?? t.rootId;
  const username = `u${uniq()}`;
  const db = dbOf(options.ctx ?? t.system());
  const [user] = await db
    .insert(users)
    .values({
      username,
      displayName: `测试用户${username}`,
      jurisdictionId,
      passwordHash: await passwordHash,
    })
    .returning();
  if (role) {
    await db.insert(roleAssignments).values({
      userId: user!.id,
      role,
      jurisdictionId,
      teamId: options.teamId ?? null,
      unitId: options.unitId ?? null,
    });
  }
  return { id: user!.id, username, login: () => login(t.app, username, TEST_PASSWORD) };
}

export async function loginAs(
  t: TestApp,
  role: RoleCode,
  options: Parameters<typeof makeUser>[2] = {},
): Promise<TestSession> {
  return (await makeUser(t, role, options)).login();
}

/** An inspector in the talent pool (root jurisdiction unless told otherwise). */
export async function makeInspector(
  t: TestApp,
  options: Partial<Omit<typeof inspectors.$inferInsert, 'id'>> = {},
) {
  const [row] = await dbOf(t.system())
    .insert(inspectors)
    .values({ jurisdictionId: t.rootId, name: `巡察干部${uniq()}`, ...options })
    .returning();
  return row!;
}
