/**
 * What the demo's inspection rounds say (demo-rounds.ts drives it through the round services):
 * briefings, on-site records by method, findings, reports with the 领导班子评价, opinions. Talk
 * records follow “谈问题不谈成绩，谈微观不谈宏观，谈事实不谈认识”. Every person is fictional; cadres
 * are named from the demo county's register, inspectors from the talent pool.
 */
import type { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';
import type { activityMethods, briefingSources } from '../../core/round-vocabulary.js';

type Method = (typeof activityMethods)[number];
type Focus = (typeof problemFocuses)[number];
type Discipline = (typeof disciplines)[number];

/** Who and what a text may name: the target's cadres by post, the team's inspectors. */
export interface Scene {
  unit: string;
  team: string;
  /** The name of the cadre holding this post in the target (demo-county.ts posts). */
  cadre: (post: string) => string;
  leader: string;
  deputy: string;
  members: string[];
}

export interface ActivityScript {
  key: string;
  method: Method;
  /** Days after the round went on site. */
  day: number;
  place: string;
  unannounced?: boolean;
  /** In the round on site: recorded by the team leader's or the team member's account. */
  by?: 'lead' | 'member';
  /** A talk following up an earlier record of the round (约谈), by its key. */
  followUp?: string;
  summary: (s: Scene) => string;
  record: (s: Scene) => string;
  details: (s: Scene) => Record<string, unknown>;
}

export interface FindingScript {
  /** The activity it was raised from. */
  from: string;
  focus: Focus;
  disciplines: Discipline[];
  problem: (s: Scene) => string;
  evidence: string;
}

/** A clue raised into the ledger (报账) from an on-site record, about a cadre of the target. */
export interface ClueScript {
  from: string;
  accusedPost: string;
  description: (s: Scene) => string;
}

export interface TargetScript {
  unit: string;
  activities: ActivityScript[];
  findings: FindingScript[];
  clues?: ClueScript[];
  /** Finished round only: the report's situation, suggestions and the 领导班子评价. */
  report?: {
    situation: (s: Scene) => string;
    suggestions: string[];
    evaluation: (s: Scene) => string;
    attendees: (s: Scene) => string;
  };
}

type Person = { post: string } | { name: string; post: string };

const nameOf = (s: Scene, who: Person) => ('name' in who ? who.name : s.cadre(who.post));

/** 个别谈话 (or 约谈 with `followUp`): interviewee, post, interviewers, recorder, time, outline. */
function talk(spec: {
  key: string;
  day: number;
  time: string;
  place: string;
  who: Person;
  by?: 'lead' | 'member';
  /** Talked to by the leader and the deputy (default), or by the deputy and a member. */
  pair?: 'leader' | 'deputy';
  followUp?: string;
  outline: string[];
  record: (s: Scene, name: string) => string;
}): ActivityScript {
  const interviewers = (s: Scene) =>
    spec.pair === 'deputy' ? [s.deputy, s.members[0]!] : [s.leader, s.deputy];
  const recorder = (s: Scene) => s.members.at(-1)!;
  return {
    key: spec.key,
    method: 'talk',
    day: spec.day,
    place: spec.place,
    by: spec.by,
    followUp: spec.followUp,
    summary: (s) =>
      `${spec.followUp ? '约谈' : '个别谈话'}：${spec.who.post} ${nameOf(s, spec.who)}`,
    record: (s) => spec.record(s, nameOf(s, spec.who)),
    details: (s) => ({
      kind: spec.followUp ? '约谈' : '个别谈话',
      interviewee: nameOf(s, spec.who),
      post: spec.who.post,
      interviewers: interviewers(s),
      recorder: recorder(s),
      time: spec.time,
      outline: spec.outline,
    }),
  };
}

/** 调阅资料、查看账册: the documents, who reviewed them, what was found. */
function documentReview(spec: {
  key: string;
  day: number;
  place: string;
  by?: 'lead' | 'member';
  summary: string;
  documents: string[];
  record: (s: Scene) => string;
}): ActivityScript {
  return {
    key: spec.key,
    method: 'documentReview',
    day: spec.day,
    place: spec.place,
    by: spec.by,
    summary: () => spec.summary,
    record: spec.record,
    details: (s) => ({ documents: spec.documents, reviewers: [s.deputy, s.members.at(-1)!] }),
  };
}

function workReport(spec: {
  key: string;
  day: number;
  place: string;
  reporter: string;
  by?: 'lead' | 'member';
  record: (s: Scene, reporter: string) => string;
}): ActivityScript {
  return {
    key: spec.key,
    method: 'workReport',
    day: spec.day,
    place: spec.place,
    by: spec.by,
    summary: (s) => `听取${s.unit}工作汇报`,
    record: (s) => spec.record(s, s.cadre(spec.reporter)),
    details: (s) => ({
      reporter: s.cadre(spec.reporter),
      reporterPost: spec.reporter,
      attendees: `${s.team}全体成员，${s.unit}领导班子成员及中层以上干部`,
    }),
  };
}

/** 民主测评: each subject with the tallied grades (好 / 较好 / 一般 / 差). */
function survey(spec: {
  key: string;
  day: number;
  place: string;
  by?: 'lead' | 'member';
  /** [post or '领导班子', 好, 较好, 一般, 差]. */
  tallies: [string, number, number, number, number][];
  record: string;
}): ActivityScript {
  return {
    key: spec.key,
    method: 'survey',
    day: spec.day,
    place: spec.place,
    by: spec.by,
    summary: (s) => `${s.unit}领导班子和领导干部民主测评`,
    record: () => spec.record,
    details: (s) => ({
      form: '领导班子和领导干部民主测评表',
      participants: spec.tallies[0]!.slice(1).reduce((a, b) => Number(a) + Number(b), 0),
      items: spec.tallies.map(([post, excellent, good, fair, poor]) => ({
        subject: post === '领导班子' ? '领导班子整体' : `${post} ${s.cadre(post)}`,
        excellent,
        good,
        fair,
        poor,
      })),
    }),
  };
}

// ——— Briefings (情况通报) ————————————————————————————————————————————————————————

export interface BriefingScript {
  source: (typeof briefingSources)[number];
  department: string;
  request: (targets: string) => string;
  /** null: not answered yet. */
  response: ((targets: string) => string) | null;
}

export const finishedBriefings: BriefingScript[] = [
  {
    source: 'discipline',
    department: '县纪委监委',
    request: (t) =>
      `请提供2022年以来${t}领导班子及其成员遵守党纪、廉洁自律情况，收到的信访举报、问题线索及处置情况，党纪政务处分情况。`,
    response: (t) =>
      `经查，2022年以来县纪委监委共收到反映${t}的信访举报11件，其中反映县财政局涉农资金拨付问题3件、石桥镇村级工程问题5件、水务集团工程发包问题3件；处置问题线索4件，了结2件，谈话函询2件；给予党纪处分1人（石桥镇前进村原村委会委员，违规收取土地承包费）。`,
  },
  {
    source: 'organization',
    department: '县委组织部',
    request: (t) =>
      `请提供${t}领导班子近两年年度考核结果、干部选拔任用、干部交流轮岗及个人有关事项报告抽查核实情况。`,
    response: () =>
      `三个单位领导班子2023年度考核均为“好”等次。县财政局有2名股室负责人在同一岗位任职超过10年，未按规定交流；水务集团2023年新提拔中层干部3名，程序基本规范；个人有关事项报告2023年随机抽查1人，未发现问题。`,
  },
  {
    source: 'audit',
    department: '县审计局',
    request: (t) => `请提供2021年以来对${t}的审计报告、审计发现问题及整改情况。`,
    response: () =>
      `2023年对县财政局开展预算执行审计，发现预算追加审批不规范、结转结余资金清理不及时等问题5个，已整改3个；2022年对水务集团开展经济责任审计，指出工程项目结算审核不严问题，整改报告称已完成整改。石桥镇近三年未单独审计。`,
  },
  {
    source: 'petition',
    department: '县信访局',
    request: (t) => `请提供2022年以来涉及${t}的来信、来访、网上信访件及办理情况。`,
    response: () =>
      `2022年以来共登记涉及三个单位的信访件26件，其中重复信访7件；反映集中的问题为石桥镇高标准农田建设项目质量和土地承包费收取（9件）、城区供水管网改造施工影响及收费（8件）。已办结24件，2件仍在办理。`,
  },
];

export const onSiteBriefings: BriefingScript[] = [
  {
    source: 'discipline',
    department: '县纪委监委',
    request: (t) =>
      `请提供2023年以来${t}领导班子成员问题线索处置、信访举报及党纪政务处分情况，并提示需重点关注的问题。`,
    response: () =>
      `2023年以来收到反映县住建局的信访举报9件，主要涉及老旧小区改造工程发包和变更签证；反映县民政局的4件，涉及低保审核；反映其他单位的共6件。处置问题线索5件，谈话函询3件。建议重点关注住建领域工程项目和民生资金管理。`,
  },
  {
    source: 'petition',
    department: '县信访局',
    request: (t) => `请提供2023年以来涉及${t}的信访件登记、交办及办理情况。`,
    response: () =>
      `2023年以来登记涉及六个巡察对象的信访件41件，其中住建领域17件、民政领域8件、医疗卫生领域6件。群众反映较集中的是老旧小区改造质量、低保审核不公和医院药品耗材价格。`,
  },
  {
    source: 'audit',
    department: '县审计局',
    request: () =>
      '巡察中发现县住建局城区老旧小区改造工程变更签证金额较大，请提供该工程竣工结算审计资料及审计发现问题的整改情况。',
    response: null,
  },
];

// ——— The finished round: 第三巡察组 at three targets —————————————————————————————————

export const finishedTargets: TargetScript[] = [
  {
    unit: '县财政局',
    activities: [
      workReport({
        key: 'cz-report',
        day: 0,
        place: '县财政局三楼会议室',
        reporter: '党组书记、局长',
        record: (s, r) =>
          `巡察动员会后，党组书记、局长${r}代表局党组汇报2022年以来落实全面从严治党主体责任、预算管理改革、财政资金监管和干部队伍建设情况。汇报对存在问题谈得较为笼统，对涉农资金整合拨付、“三重一大”决策等事项未作说明。${s.team}要求会后补充提供党组会议记录和专项资金拨付明细。`,
      }),
      talk({
        key: 'cz-chief',
        day: 2,
        time: '09:00—10:20',
        place: '县财政局二楼小会议室',
        who: { post: '党组书记、局长' },
        outline: [
          '党组落实全面从严治党主体责任的具体事例',
          '“三重一大”事项集体决策情况',
          '对班子成员和本人的意见',
        ],
        record: (s, n) =>
          `${n}谈到：局党组每年研究党风廉政建设不少于两次，但多为传达文件；2023年乡镇涉农整合资金拨付时间紧，“有的由分管副局长先签批后补报党组会”，本人事后知情，未提出异议。对副局长${s.cadre('党组成员、副局长')}，认为业务能力强，但“资金拨付环节个人说了算的情况存在”。`,
      }),
      talk({
        key: 'cz-budget',
        day: 3,
        time: '15:00—16:05',
        place: '县财政局二楼小会议室',
        who: { name: '孟庆华', post: '预算股股长' },
        pair: 'deputy',
        outline: [
          '预算追加和专项资金拨付的审批流程',
          '公务接待和会议费管理',
          '本人在岗年限和交流情况',
        ],
        record: (s, n) =>
          `${n}反映：本人在预算股工作已12年；2022—2023年局机关接待上级检查、兄弟县考察共十余批次，部分未发公函，费用由办公室以会议费名义报销；追加预算一般由分管副局长${s.cadre('党组成员、副局长')}签批，大额的“有时事后补会议记录”。`,
      }),
      documentReview({
        key: 'cz-docs',
        day: 5,
        place: '县财政局档案室',
        summary: '调阅党组会议记录、专项资金拨付凭证和接待报销凭证',
        documents: [
          '党组会议记录（2022—2024年）',
          '局长办公会议纪要（2022—2024年）',
          '乡镇涉农整合资金拨付审批单及凭证126份',
          '公务接待审批单及会议费报销凭证（2022—2023年）',
        ],
        record: () =>
          '核对发现：2023年拨付乡镇涉农整合资金3笔共计1860万元，审批单仅有分管副局长签字，党组会议记录中无研究记载；2022—2023年以会议费名义报销的14笔支出附有餐饮发票，无会议通知和签到表，合计2.36万元。已复印相关凭证并由财务人员签字确认。',
      }),
      survey({
        key: 'cz-survey',
        day: 7,
        place: '县财政局三楼会议室',
        tallies: [
          ['领导班子', 21, 17, 6, 2],
          ['党组书记、局长', 24, 15, 6, 1],
          ['党组成员、副局长', 17, 16, 10, 3],
        ],
        record:
          '发放测评表46份，收回46份，全部有效。班子整体“好”和“较好”占82.6%；副局长“一般”和“差”占28.3%，在班子成员中最高，意见主要集中在“作风霸道”“资金审批随意”。',
      }),
      talk({
        key: 'cz-deputy',
        day: 11,
        time: '10:00—11:30',
        place: '县委巡察办谈话室',
        who: { post: '党组成员、副局长' },
        followUp: 'cz-docs',
        outline: [
          '2023年三笔涉农整合资金未经党组会研究即拨付的经过',
          '会议费列支招待费用的知情情况',
        ],
        record: (_s, n) =>
          `针对调阅资料发现的问题约谈${n}。${n}承认三笔资金“因省里催进度，本人先签批拨付，事后向局长口头报告”，未补办党组会研究程序；对以会议费名义列支招待费用表示“知道，是历年的习惯做法”。已在谈话记录上签字确认。`,
      }),
    ],
    findings: [
      {
        from: 'cz-docs',
        focus: 'discipline',
        disciplines: ['organizational'],
        problem: () =>
          '“三重一大”制度执行不严格。2023年拨付乡镇涉农整合资金3笔共计1860万元，未经党组会集体研究，由分管副局长个人签批后直接拨付，事后也未补办程序。',
        evidence: '党组会议记录（2023年）、资金拨付审批单3份、约谈记录',
      },
      {
        from: 'cz-budget',
        focus: 'conduct',
        disciplines: ['integrity'],
        problem: () =>
          '违反中央八项规定精神。2022—2023年14批次公务接待无公函、无接待清单，以会议费名义列支招待费用2.36万元。',
        evidence: '会议费报销凭证14笔、预算股股长谈话记录',
      },
      {
        from: 'cz-chief',
        focus: 'personnel',
        disciplines: ['organizational'],
        problem: () =>
          '干部交流轮岗不到位。预算股、国库股负责人在同一关键岗位任职均超过10年，未按规定交流。',
        evidence: '县委组织部情况通报、干部任职档案',
      },
    ],
    report: {
      situation: (s) =>
        `${s.team}于进驻期间对${s.unit}开展常规巡察，听取工作汇报1次，个别谈话和约谈共3人次，调阅党组会议记录、资金拨付凭证等资料130余份，开展民主测评1次（46人参加）。`,
      suggestions: [
        '严格执行“三重一大”集体决策制度，专项资金拨付一律上党组会研究，对已发生的问题补办程序、说明情况。',
        '全面清理会议费列支招待费用问题，对违规费用予以退赔，追究相关人员责任。',
        '制定关键岗位干部交流计划，年内完成预算、国库等岗位负责人轮岗。',
      ],
      evaluation: (s) =>
        `${s.unit}领导班子总体较好，预算管理改革推进有力，但落实全面从严治党主体责任有差距：党组会研究党风廉政建设多为传达文件，“三重一大”决策制度执行不严，对分管领导个人签批大额资金的问题未及时纠正。民主测评班子整体“好”和“较好”比例为82.6%。党组书记、局长${s.cadre('党组书记、局长')}第一责任人职责履行不够到位；党组成员、副局长${s.cadre('党组成员、副局长')}工作作风简单，民主测评“一般”和“差”比例较高，建议组织部门予以提醒。`,
      attendees: (s) =>
        `县委巡察办主任周××，${s.team}组长${s.leader}及全体成员，${s.unit}领导班子成员、中层干部共38人`,
    },
  },
  {
    unit: '石桥镇',
    activities: [
      workReport({
        key: 'sq-report',
        day: 1,
        place: '石桥镇政府二楼会议室',
        reporter: '镇党委书记',
        record: (_s, r) =>
          `镇党委书记${r}汇报全镇落实全面从严治党主体责任、乡村振兴、村级“三资”管理和基层党组织建设情况。对高标准农田建设项目进展介绍较多，对群众反映的工程质量和土地承包费问题未作回应。`,
      }),
      talk({
        key: 'sq-discipline',
        day: 4,
        time: '09:30—10:40',
        place: '石桥镇纪委办公室',
        who: { post: '镇纪委书记' },
        outline: [
          '镇纪委监督村级工程和“三资”管理的具体做法',
          '近两年处理的村干部问题',
          '对镇党委班子的意见',
        ],
        record: (_s, n) =>
          `${n}谈到：镇纪委2023年对村级“三资”只开展过一次专项检查，主要看台账，没有逐笔核对；前进村原村委会委员私收土地承包费问题是群众举报后才查处的；高标准农田项目验收由镇农业综合服务中心负责，纪委未参与。`,
      }),
      {
        key: 'sq-forum',
        method: 'forum',
        day: 6,
        place: '石桥镇政府一楼会议室',
        summary: () => '召开村党支部书记和村民代表座谈会',
        record: () =>
          '参会人员反映：一是“三会一课”多为补记录，部分村全年只开过两次党员大会；二是高标准农田项目“机井打了不通电”，村民浇地仍靠拉管子；三是土地承包费有的交村里、有的交组长，去向不清。',
        details: (s) => ({
          participants: ['石桥镇9个村党支部书记', '村民代表6名', `${s.team}副组长${s.deputy}主持`],
          count: 15,
          topic: '基层党组织建设和惠农项目落实情况',
        }),
      },
      {
        key: 'sq-visit',
        method: 'fieldVisit',
        day: 8,
        place: '石桥镇前进村高标准农田项目区',
        unannounced: true,
        summary: () => '暗访前进村高标准农田建设项目现场',
        record: () =>
          '未打招呼直接到项目区查看：设计建设的12处灌溉机井仅找到9处，其中2处未通电；田间道路有1段约300米未硬化。询问正在劳作的村民3人，均称项目“去年秋天就说验收了”。现场拍照21张。',
        details: () => ({
          findings: ['机井少建3处', '2处机井未通电', '田间道路300米未硬化'],
          photos: 21,
        }),
      },
      documentReview({
        key: 'sq-docs',
        day: 9,
        place: '石桥镇财政所',
        summary: '查看镇财政所账目和村级“三资”台账',
        documents: [
          '石桥镇财政所总账及明细账（2022—2024年）',
          '9个村“村账镇管”会计凭证',
          '前进村高标准农田建设项目验收资料和拨款凭证',
          '村级土地承包合同台账',
        ],
        record: () =>
          '查看发现：5个村存在白条入账、大额现金支付问题，共计31笔；前进村另设账户收取土地承包费4.2万元，未纳入“村账镇管”；高标准农田项目验收意见由镇农业综合服务中心出具，工程款已全额拨付。',
      }),
      talk({
        key: 'sq-mayor',
        day: 12,
        time: '14:30—15:40',
        place: '石桥镇政府三楼小会议室',
        who: { post: '镇长' },
        followUp: 'sq-visit',
        outline: ['高标准农田项目验收把关情况', '前进村账外账户的知情情况'],
        record: (_s, n) =>
          `就暗访发现的问题约谈${n}。${n}称项目验收“看了资料和照片，没到现场逐一核对”，对机井少建问题表示不知情；前进村账外账户“听说过，以为已经清理”。表示立即组织核查。`,
      }),
    ],
    findings: [
      {
        from: 'sq-visit',
        focus: 'discipline',
        disciplines: ['work'],
        problem: () =>
          '项目验收把关不严。前进村高标准农田建设项目设计建设灌溉机井12处，实际建成9处且2处未通电，镇农业综合服务中心即出具验收合格意见，工程款已全额拨付。',
        evidence: '暗访照片21张、项目验收资料、拨款凭证、镇长约谈记录',
      },
      {
        from: 'sq-docs',
        focus: 'corruption',
        disciplines: ['integrity'],
        problem: () =>
          '村级“三资”管理不规范。5个村白条入账、大额现金支付31笔；前进村在“村账镇管”之外另设账户收取土地承包费4.2万元。',
        evidence: '村级会计凭证、账外账户流水、土地承包合同台账',
      },
      {
        from: 'sq-forum',
        focus: 'discipline',
        disciplines: ['organizational'],
        problem: () =>
          '基层党组织组织生活不严肃。部分村“三会一课”补记录、走过场，全年党员大会仅召开2次。',
        evidence: '座谈会记录、村党支部会议记录本',
      },
    ],
    report: {
      situation: (s) =>
        `${s.team}对${s.unit}开展常规巡察，听取工作汇报1次，个别谈话和约谈2人次，召开座谈会1次（15人），实地暗访项目现场1次，查看镇财政所和9个村会计凭证600余份。`,
      suggestions: [
        '对前进村高标准农田项目重新组织验收，责令施工单位限期补建，追究验收把关人员责任。',
        '清理村级账外账户，收回资金纳入“村账镇管”，全面规范村级财务审批和现金管理。',
        '镇党委每季度督查村党组织“三会一课”，对走过场问题通报问责。',
      ],
      evaluation: (s) =>
        `${s.unit}党委领导班子团结，推动乡村振兴有一定成效，但对基层的管理监督偏软偏弱：惠农项目验收流于形式，村级“三资”监管存在空档，基层党组织建设抓得不实。镇党委书记${s.cadre('镇党委书记')}对村级问题掌握不深；镇长${s.cadre('镇长')}对分管的项目验收把关不严，应负直接领导责任。`,
      attendees: (s) =>
        `县委巡察办副主任，${s.team}组长${s.leader}及全体成员，${s.unit}党政班子成员、各站所负责人和村党支部书记共45人`,
    },
  },
  {
    unit: '清河县水务集团有限公司',
    activities: [
      workReport({
        key: 'sw-report',
        day: 1,
        place: '水务集团六楼会议室',
        reporter: '党委书记、董事长',
        record: (_s, r) =>
          `党委书记、董事长${r}汇报集团党建、供水保障、城区供水管网改造和农村饮水安全工程建设情况。汇报称管网改造工程“全部依法依规发包”。`,
      }),
      talk({
        key: 'sw-cfo',
        day: 3,
        time: '09:00—10:10',
        place: '水务集团五楼小会议室',
        who: { post: '财务总监' },
        outline: ['工程款支付审核流程', '管网改造工程分标段发包的决策过程', '对班子成员的意见'],
        record: (_s, n) =>
          `${n}反映：城区供水管网改造工程原计划一次招标，后经总经理办公会决定拆为4个标段，每段均在400万元以下，“走邀请招标快一些”；其中3个标段由同一家公司中标，财务只按合同付款，未对拆分提出意见。`,
      }),
      documentReview({
        key: 'sw-docs',
        day: 5,
        place: '水务集团档案室',
        summary: '调阅城区供水管网改造工程招投标、合同和结算资料',
        documents: [
          '城区供水管网改造工程可研批复和初步设计',
          '4个标段邀请招标文件、评标报告和中标通知书',
          '施工合同4份及结算审核报告',
          '总经理办公会议纪要（2022—2023年）',
        ],
        record: () =>
          '核对发现：工程初设概算1520万元，总经理办公会决定拆分为4个标段，合同价分别为398万元、386万元、392万元、344万元，均以邀请招标确定施工单位，其中3个标段由清河县永盛市政工程有限公司中标。',
      }),
      {
        key: 'sw-personal',
        method: 'personalMatterCheck',
        day: 8,
        place: '水务集团党委办公室',
        summary: () => '抽查领导人员个人有关事项报告',
        record: (s) =>
          `抽查党委书记、董事长，总经理，财务总监3人2023年度个人有关事项报告，比对市场监管登记信息：总经理${s.cadre('总经理')}未报告配偶在清河县永盛市政工程有限公司持股情况，其余2人未发现漏报。`,
        details: (s) => ({
          checked: [
            `党委书记、董事长 ${s.cadre('党委书记、董事长')}`,
            `总经理 ${s.cadre('总经理')}`,
            `财务总监 ${s.cadre('财务总监')}`,
          ],
          year: '2023年度',
          mismatches: 1,
        }),
      },
      talk({
        key: 'sw-gm',
        day: 10,
        time: '10:00—11:20',
        place: '县委巡察办谈话室',
        who: { post: '总经理' },
        followUp: 'sw-personal',
        outline: ['管网改造工程拆分标段的理由', '配偶持股情况及未报告原因'],
        record: (_s, n) =>
          `约谈${n}。${n}称拆分标段是“为了赶工期”；承认配偶于2021年入股清河县永盛市政工程有限公司，持股15%，“以为不需要报告”，对该公司中标3个标段表示“没有打招呼”。已签字确认。`,
      }),
    ],
    findings: [
      {
        from: 'sw-docs',
        focus: 'corruption',
        disciplines: ['integrity'],
        problem: () =>
          '化整为零规避公开招标。城区供水管网改造工程概算1520万元，拆分为4个标段，每段合同价均低于400万元，以邀请招标发包，其中3个标段由同一公司中标。',
        evidence: '可研批复、招标文件、施工合同4份、总经理办公会议纪要',
      },
      {
        from: 'sw-personal',
        focus: 'discipline',
        disciplines: ['organizational'],
        problem: (s) =>
          `个人有关事项报告不如实。总经理${s.cadre('总经理')}2023年度未报告配偶在承揽本集团工程的企业持股情况。`,
        evidence: '个人有关事项报告表、企业登记信息、约谈记录',
      },
    ],
    report: {
      situation: (s) =>
        `${s.team}对${s.unit}开展常规巡察，听取工作汇报1次，个别谈话和约谈2人次，调阅工程招投标、合同、结算资料80余份，抽查个人有关事项报告3人。`,
      suggestions: [
        '对城区供水管网改造工程发包问题开展专项清查，规范工程项目招投标决策程序。',
        '对总经理个人有关事项报告不如实问题，按干部管理权限移送处理。',
        '健全集团“三重一大”决策和关联交易回避制度。',
      ],
      evaluation: (s) =>
        `${s.unit}领导班子推动供水保障工作有力，但党委把方向、管大局作用发挥不够，对工程发包等重大事项把关不严，关联交易回避制度缺失。党委书记、董事长${s.cadre('党委书记、董事长')}履行主体责任不够到位；总经理${s.cadre('总经理')}在工程发包中未执行回避规定，个人有关事项报告不如实。`,
      attendees: (s) =>
        `县委巡察办主任周××，${s.team}组长${s.leader}及全体成员，${s.unit}领导班子成员、部门负责人共27人`,
    },
  },
];

// ——— The round on site: 第一巡察组 and 第二巡察组 ————————————————————————————————————

export const onSiteTargets: TargetScript[] = [
  {
    unit: '县住建局',
    activities: [
      workReport({
        key: 'zj-report',
        day: 1,
        place: '县住建局四楼会议室',
        reporter: '党组书记、局长',
        by: 'lead',
        record: (_s, r) =>
          `党组书记、局长${r}汇报局党组落实全面从严治党主体责任、城区老旧小区改造、污水管网建设和建筑市场监管情况。汇报未涉及工程变更签证管理，巡察组要求补充提供2023年以来工程变更台账。`,
      }),
      talk({
        key: 'zj-chief',
        day: 3,
        time: '09:00—10:30',
        place: '县住建局三楼小会议室',
        who: { post: '党组书记、局长' },
        by: 'lead',
        outline: [
          '党组研究工程建设领域廉政风险的具体事例',
          '工程变更签证的审批权限',
          '对班子成员和本人的意见',
        ],
        record: (s, n) =>
          `${n}谈到：老旧小区改造工程变更“量大、面广”，50万元以下的变更由分管副局长${s.cadre('党组成员、副局长')}审批，局党组没有专题研究过；本人对变更总额“心里没底”。`,
      }),
      talk({
        key: 'zj-office',
        day: 5,
        time: '15:00—16:00',
        place: '县住建局三楼小会议室',
        who: { post: '办公室主任' },
        by: 'member',
        pair: 'deputy',
        outline: ['局机关公务用车和接待管理', '党组会议记录和“三重一大”事项记载'],
        record: (_s, n) =>
          `${n}反映：党组会议记录由办公室整理，工程变更事项“基本不上会”；公务用车有2辆长期由施工单位借用后归还，没有登记。`,
      }),
      documentReview({
        key: 'zj-docs',
        day: 6,
        place: '县住建局档案室',
        by: 'member',
        summary: '调阅城区老旧小区改造工程招投标和变更签证资料',
        documents: [
          '城区老旧小区改造工程（一期、二期）招标文件和施工合同',
          '工程变更签证单及审批表47份',
          '监理日志和隐蔽工程验收记录',
          '党组会议记录（2023—2025年）',
        ],
        record: () =>
          '核对发现：二期工程发生单项变更12项，增加造价386万元，占合同价的21%；其中9项变更签证单无监理工程师签字，均由分管副局长一人审批，党组会议记录中无相关研究内容。',
      }),
      talk({
        key: 'zj-section',
        day: 10,
        time: '09:30—10:45',
        place: '县委巡察办谈话室',
        who: { name: '龚立平', post: '城建股股长' },
        by: 'lead',
        outline: ['变更签证的现场核实过程', '施工单位请托情况'],
        record: (_s, n) =>
          `${n}反映：变更签证多为施工单位先施工、后补单，股里“只核工程量，不核必要性”；2024年春节前施工方负责人曾送购物卡，本人已退回，但不清楚其他人情况。`,
      }),
      {
        key: 'zj-visit',
        method: 'fieldVisit',
        day: 12,
        place: '城关镇污水管网改造工程施工现场',
        unannounced: true,
        by: 'member',
        summary: () => '暗访城关镇污水管网改造工程施工现场',
        record: () =>
          '现场查看3个标段：第二标段检查井砌筑使用的砖块规格与设计不符，监理人员不在岗；施工围挡内堆放的管材无进场检验标识。现场拍照16张，已告知巡察组组长。',
        details: () => ({ photos: 16, sections: ['第一标段', '第二标段', '第三标段'] }),
      },
      talk({
        key: 'zj-deputy',
        day: 16,
        time: '14:30—16:00',
        place: '县委巡察办谈话室',
        who: { post: '党组成员、副局长' },
        by: 'lead',
        followUp: 'zj-docs',
        outline: ['二期工程12项变更的审批经过', '变更签证缺少监理签字的原因'],
        record: (_s, n) =>
          `就调阅资料发现的问题约谈${n}。${n}称变更“都是现场需要”，缺监理签字是“监理单位人员不足、事后补签”；承认未将大额变更提交党组会研究。巡察组要求其书面说明变更决策过程。`,
      }),
    ],
    findings: [
      {
        from: 'zj-docs',
        focus: 'corruption',
        disciplines: ['integrity'],
        problem: () =>
          '工程变更签证管理失控。城区老旧小区改造二期工程单项变更12项，增加造价386万元，占合同价21%；9项签证无监理签字，均由分管副局长一人审批，未经党组研究。',
        evidence: '变更签证单及审批表47份、党组会议记录、约谈记录',
      },
      {
        from: 'zj-office',
        focus: 'conduct',
        disciplines: ['integrity'],
        problem: () =>
          '公务用车管理不规范。局机关2辆公务用车长期借给施工单位使用，无审批、无登记。',
        evidence: '办公室主任谈话记录、车辆使用登记簿',
      },
    ],
    clues: [
      {
        from: 'zj-section',
        accusedPost: '党组成员、副局长',
        description: (s) =>
          `${s.unit}党组成员、副局长${s.cadre('党组成员、副局长')}分管城区老旧小区改造工程，二期工程12项变更增加造价386万元，其中9项无监理签字、由其一人审批；城建股股长反映施工方负责人曾向股室人员送购物卡。需核实其是否利用变更审批为施工单位谋取利益、收受财物。`,
      },
    ],
  },
  {
    unit: '县交通运输局',
    activities: [
      talk({
        key: 'jt-chief',
        day: 8,
        time: '09:00—10:15',
        place: '县交通运输局二楼小会议室',
        who: { post: '党组书记、局长' },
        by: 'lead',
        outline: ['农村公路建设质量监管', '工程质量监督站的作用发挥'],
        record: (_s, n) =>
          `${n}谈到：农村公路提档升级工程点多线长，质量监督站只有4人，“抽检做不到全覆盖”；2024年有群众反映路面开裂，局里责成施工单位返修，没有追究监理责任。`,
      }),
      documentReview({
        key: 'jt-docs',
        day: 9,
        place: '县交通运输局工程质量监督站',
        by: 'member',
        summary: '调阅农村公路提档升级工程质量检测报告和资金拨付资料',
        documents: [
          '农村公路提档升级工程质量检测报告（2023—2024年）',
          '监理月报和交工验收资料',
          '工程款拨付凭证',
        ],
        record: () =>
          '抽查6条路段的检测报告：2条路段芯样厚度不足设计要求（设计18厘米，实测14—15厘米），监理月报记载“合格”；工程款已按合同拨付95%。',
      }),
      {
        key: 'jt-visit',
        method: 'fieldVisit',
        day: 14,
        place: '县道X032线大中修工程路段',
        by: 'member',
        summary: () => '实地查看县道X032线大中修工程',
        record: () =>
          '与局工程质量监督站人员一同查看：K12至K15段路面有纵向裂缝6处，路肩未按设计培土。施工单位称将在雨季前处理。',
        details: () => ({ accompaniedBy: '县交通运输局工程质量监督站', photos: 9 }),
      },
    ],
    findings: [
      {
        from: 'jt-docs',
        focus: 'discipline',
        disciplines: ['work'],
        problem: () =>
          '工程质量监管缺位。农村公路提档升级工程抽查6条路段，2条路段路面厚度不足设计要求，监理单位记载“合格”，局工程质量监督站未发现，工程款已拨付95%。',
        evidence: '质量检测报告、监理月报、资金拨付凭证',
      },
    ],
  },
  {
    unit: '清河县城市建设投资有限公司',
    activities: [
      talk({
        key: 'ct-cfo',
        day: 18,
        time: '09:30—10:40',
        place: '城投公司七楼小会议室',
        who: { post: '财务总监' },
        by: 'lead',
        outline: ['公司融资和担保情况', '清河新区安置房二期工程结算'],
        record: (_s, n) =>
          `${n}谈到：公司2023年以来新增融资3.2亿元，其中1.1亿元为短期过桥资金，利率偏高；安置房二期工程结算尚未审计，已按进度付款82%。`,
      }),
      documentReview({
        key: 'ct-docs',
        day: 19,
        place: '城投公司档案室',
        by: 'member',
        summary: '调阅清河新区安置房二期工程合同、付款和融资资料',
        documents: [
          '安置房二期工程施工合同及补充协议',
          '工程进度款支付审批单',
          '融资合同及担保协议',
        ],
        record: () =>
          '正在核对：补充协议2份增加合同价款共计620万元，审批程序待进一步核实；融资合同已复印，待与财务总监谈话内容比对。',
      }),
    ],
    findings: [],
  },
  {
    unit: '县民政局',
    activities: [
      workReport({
        key: 'mz-report',
        day: 1,
        place: '县民政局三楼会议室',
        reporter: '党组书记、局长',
        by: 'lead',
        record: (_s, r) =>
          `党组书记、局长${r}汇报局党组落实全面从严治党主体责任、社会救助、养老服务和殡葬改革情况。巡察组提出，需重点说明低保动态管理和特困供养资金发放情况。`,
      }),
      talk({
        key: 'mz-chief',
        day: 4,
        time: '09:00—10:10',
        place: '县民政局二楼小会议室',
        who: { post: '党组书记、局长' },
        by: 'lead',
        outline: ['低保审核审批中的优亲厚友问题', '社会救助资金监管'],
        record: (_s, n) =>
          `${n}谈到：低保“应退未退”问题较突出，与公安、卫健的死亡信息比对每年只做一次；个别乡镇存在村干部亲属享受低保的情况，局里没有逐一核查。`,
      }),
      documentReview({
        key: 'mz-docs',
        day: 7,
        place: '县民政局社会救助股',
        by: 'member',
        summary: '调阅城乡低保和特困供养资金发放台账',
        documents: [
          '城乡低保保障对象花名册（2024—2025年）',
          '低保金发放明细',
          '死亡人员信息比对结果',
        ],
        record: () =>
          '将低保发放明细与死亡人员信息比对：已死亡仍享受低保23人，多发低保金6.8万元；其中河西镇9人。已请社会救助股出具情况说明。',
      }),
    ],
    findings: [
      {
        from: 'mz-docs',
        focus: 'corruption',
        disciplines: ['mass'],
        problem: () =>
          '城乡低保动态管理不到位。比对发现已死亡人员仍享受低保23人，多发低保金6.8万元，死亡信息比对每年仅开展一次。',
        evidence: '低保发放明细、死亡人员信息比对结果、社会救助股情况说明',
      },
    ],
  },
  {
    unit: '河西镇',
    activities: [
      {
        key: 'hx-forum',
        method: 'forum',
        day: 9,
        place: '河西镇政府二楼会议室',
        by: 'member',
        summary: () => '召开村干部和群众代表座谈会',
        record: () =>
          '参会人员反映：灌区节水改造项目施工后部分渠道渗漏；低保评议会有的村没开，“村里几个人定了”；镇里对村级工程验收“签字快、看得少”。',
        details: (s) => ({
          participants: [
            '河西镇村党支部书记5名',
            '村民代表8名',
            `${s.team}成员${s.members[0]!}记录`,
          ],
          count: 13,
        }),
      },
      talk({
        key: 'hx-secretary',
        day: 11,
        time: '15:00—16:10',
        place: '河西镇党委书记办公室',
        who: { post: '镇党委书记' },
        by: 'lead',
        outline: ['村级低保评议和公示情况', '灌区节水改造项目质量问题'],
        record: (_s, n) =>
          `${n}谈到：镇里对村级低保评议“主要看公示照片”，没有逐村督查；灌区节水改造项目渗漏问题已向县水利局反映，施工单位尚未返修。`,
      }),
    ],
    findings: [],
  },
  {
    unit: '清河县人民医院',
    activities: [
      survey({
        key: 'yy-survey',
        day: 15,
        place: '县人民医院门诊楼六楼会议室',
        by: 'member',
        tallies: [
          ['领导班子', 58, 31, 9, 2],
          ['党委书记', 55, 33, 10, 2],
          ['院长', 49, 34, 14, 3],
          ['副院长', 41, 35, 19, 5],
        ],
        record:
          '发放测评表100份，收回100份。班子整体“好”和“较好”占89%；意见主要集中在药品耗材采购和科室绩效分配。',
      }),
      talk({
        key: 'yy-president',
        day: 17,
        time: '09:00—10:20',
        place: '县人民医院行政楼三楼小会议室',
        who: { post: '院长' },
        by: 'lead',
        outline: ['药品耗材采购和使用监管', '医德医风和收受回扣问题'],
        record: (s, n) =>
          `${n}谈到：骨科、心内科高值耗材使用量增长较快，医院未开展专项点评；分管采购的副院长${s.cadre('副院长')}兼任耗材遴选委员会主任，“既当运动员又当裁判员”。`,
      }),
    ],
    findings: [],
  },
];

// ——— Opinions ——————————————————————————————————————————————————————————————————

export const submitOpinion =
  '三个巡察对象的巡察报告已形成，发现问题均附有证据，报请县委巡察工作领导小组审议。';
export const approveOpinion =
  '经县委巡察工作领导小组会议研究，同意第三巡察组巡察报告及对领导班子的评价。请按程序向被巡察单位党组织反馈巡察意见，压实整改主体责任，整改情况于两个月内报县委巡察办。';
export const feedbackOpinion = '三个被巡察单位均已召开巡察反馈会，转入整改督查。';
export const archiveOpinion =
  '被巡察单位整改报告已报送，本轮未形成须移交的问题线索；巡察工作底稿、谈话记录、报告及反馈材料已整理立卷。';

// ——— The talent pool: work histories and relatives ———————————————————————————————

/** Offices outside the unit register (no unit id): a post there never conflicts with a target. */
export const earlierOffices: [unit: string, post: string][] = [
  ['县委办公室', '综合科科员'],
  ['县政府办公室', '秘书科副科长'],
  ['县审计局', '经济责任审计股股长'],
  ['县纪委监委', '第二纪检监察室副主任'],
  ['县委组织部', '干部监督科科员'],
  ['县委巡察办', '综合室副主任'],
  ['县信访局', '办信科科长'],
];
export const firstPosts = ['科员', '办事员', '包村干部', '会计'];
export const currentPosts: Record<string, string> = {
  department: '综合股股长',
  township: '党政办主任',
  village: '驻村第一书记',
  community: '社区党委副书记',
  enterprise: '党群工作部部长',
  institution: '办公室主任',
  school: '党委办公室主任',
  hospital: '纪检监察室主任',
};
/** Relations and whose name a relative has: a man's, a woman's, or the spouse's (opposite). */
export const relativeRelations: [relation: string, as: 'male' | 'female' | 'spouse'][] = [
  ['配偶', 'spouse'],
  ['父亲', 'male'],
  ['哥哥', 'male'],
  ['弟弟', 'male'],
  ['儿子', 'male'],
  ['姐姐', 'female'],
  ['妹妹', 'female'],
  ['女儿', 'female'],
];
/** Apart from the petitioners' given names: no relative shares a sealed petitioner's name. */
export const relativeGivenNames = {
  male: ['立军', '建华', '海涛', '志远'],
  female: ['桂香', '春燕', '小梅', '丽华'],
} as const;
export const spouseSurnames = ['马', '孔', '钱', '江', '许', '蒋'];
export const relativePosts: [unit: string, post: string, inRegister: boolean][] = [
  ['邻县安平县人民医院', '护士长', false],
  ['清河县第二实验小学', '教师', false],
  ['市财政局', '科员', false],
  ['清河县农村商业银行', '客户经理', true],
  ['清河县第一中学', '教师', true],
  ['邻县永宁县税务局', '科员', false],
];
