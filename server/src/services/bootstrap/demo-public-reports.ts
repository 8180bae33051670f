import { eq } from 'drizzle-orm';
import { dbOf, type Ctx } from '../../core/context.js';
import { solveChallenge } from '../../core/public/proof-of-work.js';
import { hashReceiptCode } from '../../core/public/receipt-code.js';
import { petitions, publicReports, users } from '../../db/schema/index.js';
import { loadActor } from '../auth/load-actor.js';
import { powChallenge } from '../public-reports/proof-of-work.js';
import { addReporterMessage, addStaffMessage } from '../public-reports/report-messages.js';
import { accessReport } from '../public-reports/report-access.js';
import { submitPublicReport, type PublicReportInput } from '../public-reports/submit-report.js';
import { transitionPetition } from '../petitions/transition-petition.js';

/** The receipt code of the demo's first report, to try the status page (README). */
export const DEMO_RECEIPT_CODE = '12345-67890-12345-67890-12345';

type Report = Omit<PublicReportInput, 'pow'>;

const REPORTS: Report[] = [
  {
    accused: [{ name: '周某某', unitName: '城关镇', position: '党委副书记' }],
    focus: 'conduct',
    facts:
      '城关镇党委副书记周某某今年国庆期间在县城某酒店为儿子操办升学宴，宴请二十余桌，参加人员多为镇村干部和辖区企业老板，收受礼金。',
    anonymous: true,
  },
  {
    accused: [{ unitName: '清河县自然资源局' }],
    focus: 'corruption',
    facts:
      '县自然资源局在河西镇土地征收中，征地补偿款迟迟未发放到位，部分村民的青苗补偿被村干部截留，多次反映无人处理。',
    anonymous: false,
    identity: { name: '刘建国', phone: '13912345678' },
  },
  {
    accused: [{ name: '孙某', unitName: '石桥镇前进村', position: '村委会主任' }],
    focus: 'corruption',
    facts:
      '石桥镇前进村村委会主任孙某把低保名额优先给自己亲戚，村里真正困难的几户人家申请了两年都没批下来，请组织核查。',
    anonymous: true,
  },
];

/**
 * Reports from the public page, once per demo folder: three waiting for 登记 in the clerks'
 * intake queue, the first of them (receipt code DEMO_RECEIPT_CODE) registered, with a question
 * from the clerk and the reporter's answer in its thread.
 */
export async function loadDemoPublicReports(ctx: Ctx): Promise<boolean> {
  const [any] = await dbOf(ctx).select({ id: publicReports.id }).from(publicReports).limit(1);
  if (any) return false;
  const [clerkUser] = await dbOf(ctx)
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'clerk'));
  const clerk = clerkUser ? await loadActor(dbOf(ctx), clerkUser.id, null) : null;
  if (!clerk) return false;
  for (const report of REPORTS) {
    const { challenge, bits } = await powChallenge(ctx);
    const nonce = solveChallenge(challenge, bits);
    await submitPublicReport(ctx, { ...report, pow: { challenge, nonce } });
  }
  const rows = await dbOf(ctx).select().from(publicReports).orderBy(publicReports.createdAt);
  const first = rows[0]!;
  await dbOf(ctx)
    .update(publicReports)
    .set({
      receiptHash: await hashReceiptCode(
        DEMO_RECEIPT_CODE.replace(/-/g, ''),
        ctx.deps.keyring.derivedKey('receipt'),
      ),
    })
    .where(eq(publicReports.id, first.id));
  const as: Ctx = { ...ctx, actor: clerk };
  const [petition] = await dbOf(ctx)
    .select({ version: petitions.version })
    .from(petitions)
    .where(eq(petitions.id, first.petitionId));
  await transitionPetition(as, first.petitionId, {
    action: 'register',
    version: petition!.version,
    opinion: '网上举报，反映问题具体，予以登记。',
    summary: '反映城关镇党委副书记违规操办升学宴',
  });
  await addStaffMessage(
    as,
    first.petitionId,
    '您好，请问升学宴的具体日期和酒店名称？是否有照片或其他材料可以补充？',
  );
  const { token } = await accessReport(ctx, DEMO_RECEIPT_CODE);
  await addReporterMessage(ctx, token, {
    body: '10月3日中午，在县城清河大酒店二楼，当天门口停了很多公车，可以调取酒店监控。',
  });
  return true;
}
