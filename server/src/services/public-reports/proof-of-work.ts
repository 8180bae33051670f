import { lt } from 'drizzle-orm';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { checkSolution, issueChallenge, type PowProblem } from '../../core/public/proof-of-work.js';
import { spentChallenges } from '../../db/schema/index.js';
import { getSetting } from '../settings/get-setting.js';
import { portalJurisdiction } from './portal.js';

/** A challenge is good for ten minutes: enough to write a report after solving it. */
const TTL_MS = 10 * 60_000;

const powKey = (ctx: Ctx) => ctx.deps.keyring.derivedKey('pow');

/** `GET /api/public/pow-challenge`: a signed challenge at the configured difficulty. */
export async function powChallenge(ctx: Ctx) {
  const bits = await getSetting(ctx, await portalJurisdiction(ctx), 'public.powBits');
  return issueChallenge(powKey(ctx), bits, now(ctx), TTL_MS);
}

const why: Record<PowProblem | 'spent', string> = {
  malformed: '校验信息格式有误，请刷新页面后重试',
  forged: '校验信息无效，请刷新页面后重试',
  expired: '校验信息已过期，请重新提交',
  insufficient: '校验未通过，请重新提交',
  spent: '校验信息已使用，请重新提交',
};

/** Checks a solution and spends it (once only); 422 on `pow` otherwise. */
export async function spendProofOfWork(ctx: Ctx, pow: { challenge: string; nonce: string }) {
  const result = checkSolution(powKey(ctx), pow.challenge, pow.nonce, now(ctx));
  const refuse = (problem: PowProblem | 'spent') =>
    unprocessable(why[problem], [{ path: 'pow', message: why[problem] }]);
  if (!result.ok) throw refuse(result.problem);
  await dbOf(ctx)
    .delete(spentChallenges)
    .where(lt(spentChallenges.expiresAt, now(ctx)));
  const [spent] = await dbOf(ctx)
    .insert(spentChallenges)
    .values({ id: result.id, expiresAt: result.expiresAt })
    .onConflictDoNothing()
    .returning({ id: spentChallenges.id });
  if (!spent) throw refuse('spent');
}
