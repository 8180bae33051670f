/**
 * What the demo's rectification says (demo-rectification.ts drives it through the rectification
 * services): the plans of the finished round's three targets, their items (问题、责任、措施、时限),
 * the steps taken on them, the office's checks and the disclosures. Every person is fictional;
 * cadres are named from the demo county's register by post.
 */
import type { checkKinds, checkResults } from '../../core/rectification-vocabulary.js';

/** The name of the cadre holding this post in the plan's unit (demo-county.ts posts). */
export type Cadre = (post: string) => string;

/** When a step happened: days after the feedback meeting, or days before today. */
export type When = { afterFeedback: number } | { daysAgo: number };
/** A date that may lie ahead: days from today (negative: passed), or days after the feedback. */
export type Day = { fromToday: number } | { afterFeedback: number };

/** A scanned document the unit hands in as evidence (整改佐证材料). */
export interface Scan {
  name: string;
  lines: (c: Cadre) => string[];
}

export type ItemStep =
  | {
      do: 'report_progress' | 'request_closure';
      at: When;
      opinion: string;
      evidence?: Scan;
    }
  | { do: 'close' | 'reject'; at: When; opinion: string }
  /** A correction while the plan is back in drafting (after the office returned it). */
  | { do: 'revise'; at: When; measures: string };

export interface ItemScript {
  key: string;
  /** A phrase of the finding's problem that the item answers. */
  finding: string;
  /** The item's own problem, when the finding is split into several items. */
  problem?: string;
  leader: (c: Cadre) => string;
  persons?: (c: Cadre) => string;
  measures: string;
  immediateFix?: boolean;
  due: Day;
  drafted: When;
  steps: ItemStep[];
}

export type PlanStep =
  | { do: 'submit' | 'approve' | 'return'; at: When; opinion?: string }
  | { do: 'summary'; at: When; summary: (c: Cadre) => string };

export interface CheckScript {
  item?: string;
  kind: (typeof checkKinds)[number];
  /** When the office entered it in the 督查清单. */
  recorded: When;
  plannedOn: Day;
  done?: When;
  result?: (typeof checkResults)[number];
  note: string;
}

export interface DisclosureScript {
  scope: 'internal' | 'public';
  at: When;
  title: string;
  summary: string;
}

export interface PlanScript {
  unit: string;
  items: ItemScript[];
  steps: PlanStep[];
  checks?: CheckScript[];
  disclosures?: DisclosureScript[];
}

/** Steps the unit takes are recorded by the office from the unit's paper submission. */
export const unitSays = (unit: string, text: string) => `${unit}报送：${text}`;

const post = (p: string) => (c: Cadre) => `${p} ${c(p)}`;

// ——— 县财政局: approved, mid-rectification ————————————————————————————————————————

const statement: Scan = {
  name: '关于违规列支招待费用清理退赔情况的说明.pdf',
  lines: (c) => [
    '关于违规列支招待费用清理退赔情况的说明',
    '县委巡察办：',
    '根据巡察反馈意见，我局对2022—2023年以会议费名义列支的',
    '14笔招待费用逐笔进行了清理，共涉及金额2.36万元，',
    '已明确退赔责任人6名，相关人员已作出书面检查。',
    '特此说明。',
    `县财政局办公室（主任 ${c('办公室主任')}）`,
  ],
};

/** The same wording in two items: the 文字整改 check flags it (quality-flags.ts). */
const refundMeasures =
  '对14笔以会议费名义列支的招待费用逐笔清理，由相关责任人全额退赔2.36万元；对经办人员进行批评教育并责令作出书面检查。';

const finance: PlanScript = {
  unit: '县财政局',
  items: [
    {
      key: 'cz-funds',
      finding: '三重一大',
      problem:
        '2023年3笔乡镇涉农整合资金共计1860万元未经党组会集体研究，由分管副局长个人签批后拨付',
      leader: post('党组书记、局长'),
      persons: (c) => `党组成员、副局长 ${c('党组成员、副局长')}；办公室主任 ${c('办公室主任')}`,
      measures:
        '召开党组会议对3笔资金拨付情况逐笔复核，补充集体研究程序并形成会议纪要；分管副局长向党组作出书面说明，党组对其进行批评教育。',
      immediateFix: true,
      due: { afterFeedback: 30 },
      drafted: { afterFeedback: 12 },
      steps: [
        {
          do: 'request_closure',
          at: { afterFeedback: 27 },
          opinion: '已召开党组会议补充研究3笔资金拨付事项，分管副局长已作书面说明，申请销号。',
          evidence: {
            name: '县财政局党组会议纪要（补充研究涉农整合资金拨付事项）.pdf',
            lines: (c) => [
              '中共清河县财政局党组会议纪要',
              `主持：党组书记、局长 ${c('党组书记、局长')}`,
              '议题：对2023年3笔乡镇涉农整合资金拨付事项补充集体研究',
              '一、逐笔复核资金拨付依据、金额和拨付对象，共计1860万元。',
              '二、资金用途符合规定，程序上未经党组会研究，予以纠正。',
              `三、${c('党组成员、副局长')}同志作书面说明，党组对其批评教育。`,
              '四、今后50万元以上专项资金拨付一律提交党组会研究。',
            ],
          },
        },
        {
          do: 'close',
          at: { afterFeedback: 29 },
          opinion: '经查阅党组会议纪要和书面说明，补充研究程序已履行，整改到位，同意销号。',
        },
      ],
    },
    {
      key: 'cz-rules',
      finding: '三重一大',
      problem: '“三重一大”集体决策制度不健全，专项资金拨付缺少党组会前置研究程序',
      leader: post('党组书记、局长'),
      persons: post('办公室主任'),
      measures:
        '修订《县财政局党组“三重一大”事项集体决策实施办法》，明确50万元以上专项资金拨付一律提交党组会研究；建立决策事项台账，办公室每季度对照会议记录核查一次。',
      due: { fromToday: 45 },
      drafted: { afterFeedback: 12 },
      steps: [
        {
          do: 'report_progress',
          at: { daysAgo: 40 },
          opinion: '实施办法修订稿已形成，正在征求班子成员和各股室意见，计划下月提交党组会审议。',
          evidence: {
            name: '《县财政局党组“三重一大”事项集体决策实施办法》（修订征求意见稿）.pdf',
            lines: () => [
              '县财政局党组“三重一大”事项集体决策实施办法',
              '（修订征求意见稿）',
              '第一条 为规范党组决策行为，根据有关规定，制定本办法。',
              '第五条 50万元以上的专项资金拨付，须经党组会议集体研究。',
              '第十二条 办公室建立决策事项台账，每季度核查一次。',
            ],
          },
        },
      ],
    },
    {
      key: 'cz-refund',
      finding: '八项规定',
      problem: '以会议费名义列支招待费用2.36万元，14批次公务接待无公函、无接待清单',
      leader: post('党组书记、局长'),
      persons: (c) => `办公室主任 ${c('办公室主任')}；预算股股长 孟庆华`,
      measures: refundMeasures,
      due: { fromToday: 20 },
      drafted: { afterFeedback: 13 },
      steps: [
        {
          do: 'report_progress',
          at: { afterFeedback: 45 },
          opinion: '已完成14笔费用逐笔清理，明确退赔责任人6名，已退赔1.49万元。',
        },
        {
          do: 'request_closure',
          at: { daysAgo: 30 },
          opinion: '违规费用已清理退赔，相关人员已作出书面检查，申请销号。',
          evidence: statement,
        },
        {
          do: 'reject',
          at: { daysAgo: 26 },
          opinion:
            '佐证材料只有情况说明，缺少退赔人员的缴款凭证；经核对，14笔中仍有5笔共0.87万元未退赔。请退赔到位后附缴款凭证重新申请销号。',
        },
      ],
    },
    {
      key: 'cz-reception',
      finding: '八项规定',
      problem: '公务接待管理制度执行不到位，接待审批和会议费报销审核把关不严',
      leader: post('党组成员、副局长'),
      persons: post('办公室主任'),
      measures:
        '修订《公务接待管理办法》，实行公函、审批单、接待清单“三单”齐全方可报销；开展2022年以来公务接待和会议费支出专项自查，形成自查报告报县委巡察办。',
      due: { fromToday: -38 },
      drafted: { afterFeedback: 13 },
      steps: [
        {
          do: 'report_progress',
          at: { daysAgo: 70 },
          opinion: '《公务接待管理办法》修订稿已起草，专项自查已完成2022年度部分。',
        },
      ],
    },
    {
      key: 'cz-rotation-plan',
      finding: '交流轮岗',
      problem: '关键岗位干部交流轮岗制度不健全，未制定交流计划',
      leader: post('党组书记、局长'),
      persons: post('办公室主任'),
      measures:
        '制定关键岗位干部交流轮岗计划，明确任职满5年人员名单和交流时间表，报县委组织部备案。',
      due: { fromToday: -10 },
      drafted: { afterFeedback: 14 },
      steps: [
        {
          do: 'report_progress',
          at: { daysAgo: 25 },
          opinion: '交流轮岗计划初稿已形成，待党组会审议后报县委组织部备案。',
        },
      ],
    },
    {
      key: 'cz-rotation',
      finding: '交流轮岗',
      problem: '预算股、国库股负责人在同一关键岗位任职均超过10年',
      leader: post('党组书记、局长'),
      persons: post('党组成员、副局长'),
      measures:
        '结合年度干部调整，完成预算股、国库股负责人交流轮岗，办理工作交接并由纪检组织监交。',
      due: { fromToday: 5 },
      drafted: { afterFeedback: 14 },
      steps: [],
    },
    {
      key: 'cz-staff',
      finding: '八项规定',
      problem: '公务接待经办人员对中央八项规定精神认识不到位',
      leader: post('党组成员、副局长'),
      persons: post('办公室主任'),
      // Copied from the refund item, and the same statement attached: flagged for review.
      measures: refundMeasures,
      due: { fromToday: 15 },
      drafted: { afterFeedback: 15 },
      steps: [
        {
          do: 'request_closure',
          at: { daysAgo: 2 },
          opinion: '经办人员已作出书面检查，申请销号。',
          evidence: statement,
        },
      ],
    },
  ],
  steps: [
    {
      do: 'summary',
      at: { afterFeedback: 16 },
      summary: (c) =>
        `局党组于巡察反馈后召开专题会议，对反馈的3个方面问题逐条认领，成立由党组书记、局长${c('党组书记、局长')}任组长的巡察整改工作领导小组，制定问题、任务、责任、时限“四张清单”，共7项整改措施。立行立改事项当月完成；制度建设事项半年内完成；干部交流轮岗结合年度干部调整推进。整改进展每月向县委巡察办报告。`,
    },
    {
      do: 'submit',
      at: { afterFeedback: 17 },
      opinion: '整改方案已经局党组会议审议通过，现报县委巡察办审核。',
    },
    {
      do: 'approve',
      at: { afterFeedback: 24 },
      opinion:
        '同意该整改方案。整改措施基本对应反馈问题，请严格按时限推进，立行立改事项本月内完成，每月5日前报送整改进展。',
    },
  ],
  checks: [
    {
      item: 'cz-funds',
      kind: 'documents',
      recorded: { afterFeedback: 28 },
      plannedOn: { afterFeedback: 28 },
      done: { afterFeedback: 28 },
      result: 'passed',
      note: '查阅补充研究的党组会议纪要和分管副局长书面说明，3笔资金的补充研究程序已履行，材料已归档。',
    },
    {
      item: 'cz-refund',
      kind: 'interview',
      recorded: { daysAgo: 28 },
      plannedOn: { fromToday: -29 },
      done: { daysAgo: 28 },
      result: 'failed',
      note: '与办公室、预算股3名经办人员个别谈话并核对缴款记录，5笔共0.87万元尚未退赔，情况说明与实际不符。',
    },
    {
      item: 'cz-rotation',
      kind: 'onSite',
      recorded: { daysAgo: 1 },
      plannedOn: { fromToday: 10 },
      note: '干部交流轮岗期限届满后到局机关实地核查预算股、国库股负责人交流和工作交接情况。',
    },
  ],
  disclosures: [
    {
      scope: 'internal',
      at: { afterFeedback: 65 },
      title: '县财政局巡察整改进展情况（党内通报）',
      summary:
        '县财政局党组对巡察反馈的“三重一大”制度执行不严格、违反中央八项规定精神、干部交流轮岗不到位等3个方面问题制定整改措施7项。截至目前，补办3笔涉农整合资金集体研究程序已完成并销号；违规列支招待费用已清退1.49万元；“三重一大”实施办法和公务接待管理办法正在修订；关键岗位交流轮岗计划正在制定。',
    },
    {
      scope: 'public',
      at: { afterFeedback: 70 },
      title: '中共清河县财政局党组关于巡察整改进展情况的通报',
      summary:
        '根据县委统一部署，县委第三巡察组对县财政局党组开展了常规巡察，并反馈了巡察意见。局党组坚持把巡察整改作为重要政治任务，对反馈问题逐条制定整改措施，明确责任领导和整改时限。目前已完成专项资金拨付程序的纠正，违规费用清退和制度修订正在推进。欢迎广大干部群众对巡察整改落实情况进行监督，联系电话：0000-1234567。',
    },
  ],
};

// ——— 石桥镇: submitted, waiting for the office (returned once) ———————————————————————

const township: PlanScript = {
  unit: '石桥镇',
  items: [
    {
      key: 'sq-wells',
      finding: '验收把关不严',
      leader: post('镇长'),
      persons: () => '镇农业综合服务中心主任；前进村党支部书记',
      measures:
        '重新组织前进村高标准农田项目验收，责令施工单位补建机井，对未通电机井完成接电；追究验收把关人员责任。',
      due: { fromToday: 60 },
      drafted: { afterFeedback: 20 },
      steps: [
        {
          do: 'revise',
          at: { daysAgo: 12 },
          measures:
            '委托第三方重新组织前进村高标准农田项目验收；责令施工单位在60日内补建机井3处、完成2处机井接电和300米田间道路硬化，暂扣工程尾款；对出具验收意见的镇农业综合服务中心负责人作出诫勉处理。',
        },
      ],
    },
    {
      key: 'sq-accounts',
      finding: '三资',
      leader: post('镇党委书记'),
      persons: () => '镇财政所所长；前进村党支部书记',
      measures:
        '撤销前进村账外账户，收回土地承包费纳入“村账镇管”；对5个村31笔白条入账、大额现金支付逐笔核查，规范村级财务审批。',
      due: { fromToday: 30 },
      drafted: { afterFeedback: 20 },
      steps: [
        {
          do: 'revise',
          at: { daysAgo: 12 },
          measures:
            '撤销前进村账外账户，收回土地承包费4.2万元纳入“村账镇管”；对5个村31笔白条入账、大额现金支付逐笔核查，补齐手续，1000元以上支出一律转账；修订《石桥镇村级财务管理办法》。',
        },
      ],
    },
    {
      key: 'sq-meetings',
      finding: '组织生活不严肃',
      leader: post('镇党委书记'),
      persons: post('镇纪委书记'),
      measures:
        '镇党委每季度对9个村党组织“三会一课”开展一次督查，对补记录、走过场的村党支部书记进行约谈，督查情况在全镇通报。',
      due: { fromToday: 90 },
      drafted: { afterFeedback: 21 },
      steps: [],
    },
  ],
  steps: [
    {
      do: 'summary',
      at: { afterFeedback: 21 },
      summary: (c) =>
        `镇党委书记${c('镇党委书记')}为整改第一责任人，镇长${c('镇长')}负责项目验收问题整改，镇纪委书记${c('镇纪委书记')}负责监督。针对反馈的惠农项目验收、村级“三资”管理、基层组织生活3个方面问题，制定整改措施3项。`,
    },
    { do: 'submit', at: { daysAgo: 30 }, opinion: '整改方案已经镇党委会议研究，现报审核。' },
    {
      do: 'return',
      at: { daysAgo: 24 },
      opinion:
        '整改措施不够具体：高标准农田项目须写明补建机井的数量和完成时限；前进村账外资金须写明收回金额；请对验收把关人员的责任追究提出明确意见。请修改后重新报审。',
    },
    {
      do: 'submit',
      at: { daysAgo: 5 },
      opinion: '已按巡察办意见修改整改措施，补充了数量、金额、时限和责任追究意见，重新报审。',
    },
  ],
};

// ——— 水务集团: still drafting ———————————————————————————————————————————————————

const water: PlanScript = {
  unit: '清河县水务集团有限公司',
  items: [
    {
      key: 'sw-tender',
      finding: '化整为零',
      leader: post('党委书记、董事长'),
      persons: post('财务总监'),
      measures:
        '对城区供水管网改造工程4个标段发包情况开展专项清查；修订集团工程项目招标管理规定，400万元以上工程一律公开招标，禁止拆分标段规避招标。',
      due: { fromToday: 75 },
      drafted: { daysAgo: 3 },
      steps: [],
    },
  ],
  steps: [],
};

export const rectificationScripts: PlanScript[] = [finance, township, water];
