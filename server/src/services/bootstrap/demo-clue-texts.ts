/**
 * What the demo's clue ledger says (demo-clues.ts drives it through the clue services): where
 * each clue came from, who it is about, and every step from 报账 to 销账 with the opinions of
 * whoever took it. Every person is fictional; cadres are named from the demo county's register
 * by unit and post. `at` is how many days before the load a step happened.
 */
import type { ClueDisposal, ClueOutcome, clueSources } from '../../core/clue-vocabulary.js';
import type { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';
import type { cadreLevels } from '../../core/vocabulary.js';

type Focus = (typeof problemFocuses)[number];
type Discipline = (typeof disciplines)[number];
type Source = (typeof clueSources)[number];

/** The receivers of the demo: two with accounts, one served on paper (demo-county.ts). */
export type Receiver = '县纪委监委' | '县委组织部' | '县住房和城乡建设局';
export const paperReceiver = '县住房和城乡建设局';

/** Who a text is about: the accused (empty for a unit-only clue) and the year it was raised. */
export interface Who {
  name: string;
  position: string;
  unit: string;
  year: number;
}
type Text = (w: Who) => string;

export type Step =
  | { at: number; do: 'hand_over'; by?: 'office' | 'team1lead' | 'team2lead'; opinion: string }
  /** The office completes a clue raised elsewhere: category, the cadre, related petitions. */
  | {
      at: number;
      do: 'classify';
      focus: Focus;
      disciplines: Discipline[];
      /** Link the petitions about the accused's unit as evidence. */
      linkPetitions?: boolean;
    }
  | { at: number; do: 'transfer'; to: Receiver; opinion: string; changeReason?: string }
  | { at: number; do: 'acknowledge'; opinion: string }
  | { at: number; do: 'report_disposal'; disposal: ClueDisposal; opinion: Text }
  | {
      at: number;
      do: 'record_dual_inquiry';
      result: 'accountable' | 'notAccountable';
      note: Text;
    }
  | {
      at: number;
      do: 'close';
      outcome: ClueOutcome;
      falseAccusation?: boolean;
      note: Text;
    };

export type Origin =
  /** Registered by the office (audit, partner department, other), about a cadre of the register. */
  | {
      kind: 'manual';
      source: Exclude<Source, 'petition' | 'talk' | 'documentReview' | 'survey'>;
      unit: string;
      /** The cadre's post in `unit`; none: the clue is about the unit. */
      post?: string;
      focus: Focus | null;
      disciplines: Discipline[];
      description: Text;
    }
  /** Registered by the office about someone outside the register (a 县处级 cadre). */
  | {
      kind: 'outsider';
      source: Exclude<Source, 'petition' | 'talk' | 'documentReview' | 'survey'>;
      name: string;
      position: string;
      unitName: string;
      level: (typeof cadreLevels)[number];
      focus: Focus;
      disciplines: Discipline[];
      description: Text;
    }
  /** Raised by a team from a record of the round on site (demo-round-texts.ts, by key). */
  | {
      kind: 'activity';
      activity: string;
      by: 'team1lead' | 'team1member' | 'team2lead' | 'team2member';
      post: string;
      description: Text;
    }
  /**
   * Raised from a petition whose investigation found the problem true (its review sent the
   * clue on): the one received longest before the clue, at least 40 days (the investigation).
   */
  | { kind: 'petition'; by: 'office' | 'leader'; prefer?: Focus; personnel?: boolean };

export interface ClueStory {
  key: string;
  at: number;
  origin: Origin;
  /** Only the office and the discipline account see it (named members). */
  confidential?: boolean;
  steps: Step[];
}

export interface ReviewScript {
  at: number;
  note: string;
  decisions: {
    clue: string;
    decision: 'transfer' | 'supplement' | 'merge';
    receiver?: Receiver;
    note?: string;
  }[];
}

/** 集体研判会: the office convenes, the receiving bodies send someone. */
export const reviewChair = '周建华（县委巡察办主任）';
export const reviewParticipants = [
  '周建华（县委巡察办主任）',
  '钱立平（县委巡察办副主任）',
  '孙海燕（县委巡察办综合室主任）',
  '郑卫东（县纪委监委党风政风监督室）',
  '吴晓光（县委组织部干部监督科）',
];

const handOver = '线索要素齐全，交账，提请集体研判。';
const toDiscipline = '经集体研判，按干部管理权限移交县纪委监委处置，请按期反馈处置情况和办理结果。';
const toOrganization =
  '经集体研判，反映问题属干部管理监督事项，移交县委组织部处置，请按期反馈办理结果。';
const toHousing =
  '经集体研判，反映问题属行业监管事项，移交县住房和城乡建设局处置。该局未开通系统账号，移交函纸质送达，反馈由巡察办代为登记。';
const ackDiscipline = '已签收，交党风政风监督室承办。';
const ackCase = '已签收，交第一监督检查室承办。';
const ackOrganization = '已签收，交干部监督科承办。';
const ackOnPaper = '县住房和城乡建设局已书面签收，签收回执扫描件附后（巡察办代为登记）。';

// ——— Petition clues: texts that fit any of the investigated petitions ——————————————

export const petitionHandOver = '信访件调查核实后生成问题线索，交账，提请集体研判。';

// ——— The stories ————————————————————————————————————————————————————————————————

export const clueStories: ClueStory[] = [
  // ——— 销账: each outcome ———
  {
    key: 'C1',
    at: 210,
    origin: {
      kind: 'manual',
      source: 'audit',
      unit: '县市场监管局',
      post: '办公室主任',
      focus: 'conduct',
      disciplines: ['integrity'],
      description: (w) =>
        `县审计局在对${w.unit}${w.year - 1}年度预算执行情况审计中发现：该局以“会议费”“培训费”名义列支接待费用4.2万元，涉及接待14批次，均无公函、无接待清单，经办审批人为${w.position}${w.name}。审计移送处理书建议移送纪检监察机关处理。`,
    },
    steps: [
      { at: 205, do: 'hand_over', opinion: handOver },
      { at: 195, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 193, do: 'acknowledge', opinion: ackDiscipline },
      {
        at: 180,
        do: 'report_disposal',
        disposal: 'talkOrInquiry',
        opinion: (w) =>
          `对${w.name}进行谈话函询。${w.name}书面说明了以会议费、培训费名义列支接待费用的经过，承认审核把关不严。`,
      },
      {
        at: 150,
        do: 'close',
        outcome: 'form1',
        note: (w) =>
          `${w.name}函询说明基本属实，问题情节轻微，对其批评教育并责令作出书面检查；违规列支的费用已由相关人员退还（第一种形态）。`,
      },
    ],
  },
  {
    key: 'C2',
    at: 230,
    origin: { kind: 'petition', by: 'office' },
    steps: [
      { at: 228, do: 'hand_over', opinion: petitionHandOver },
      { at: 224, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 221, do: 'acknowledge', opinion: ackDiscipline },
      {
        at: 200,
        do: 'report_disposal',
        disposal: 'preliminaryVerification',
        opinion: (w) => `对${w.name}的问题开展初步核实，调取相关账目凭证，与知情人谈话11人次。`,
      },
      {
        at: 120,
        do: 'close',
        outcome: 'form2',
        note: (w) =>
          `经核实，${w.name}的问题基本属实，给予其党内警告处分（第二种形态），责令作出深刻检查，违纪款项已收缴。`,
      },
    ],
  },
  {
    key: 'C3',
    at: 160,
    origin: { kind: 'petition', by: 'office', prefer: 'corruption' },
    steps: [
      { at: 158, do: 'hand_over', opinion: petitionHandOver },
      { at: 139, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 136, do: 'acknowledge', opinion: ackCase },
      {
        at: 125,
        do: 'report_disposal',
        disposal: 'caseFiled',
        opinion: (w) => `经初步核实，${w.name}涉嫌严重违纪问题线索具体，县纪委监委已对其立案审查。`,
      },
      {
        at: 70,
        do: 'record_dual_inquiry',
        result: 'accountable',
        note: (w) =>
          `一案双查：${w.unit}党组织对${w.name}的问题长期失察，落实主体责任不力，对党组织主要负责人进行诫勉谈话；对负有监督责任的纪检干部批评教育。`,
      },
      {
        at: 62,
        do: 'close',
        outcome: 'form3',
        note: (w) =>
          `给予${w.name}党内严重警告处分，免去现任职务（第三种形态），违纪所得已全部收缴。`,
      },
    ],
  },
  {
    key: 'C4',
    at: 180,
    origin: {
      kind: 'manual',
      source: 'audit',
      unit: '清河县水务集团有限公司',
      post: '财务总监',
      focus: 'corruption',
      disciplines: ['integrity'],
      description: (w) =>
        `县审计局在对${w.unit}${w.year - 1}年度财务收支审计中发现：${w.position}${w.name}经手的3笔工程预付款共计186万元无施工合同和验收资料，收款方为其亲属实际控制的公司，资金去向不明。审计认为其涉嫌利用职务便利侵占公司资金，移送纪检监察机关处理。`,
    },
    steps: [
      { at: 178, do: 'hand_over', opinion: handOver },
      { at: 170, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 168, do: 'acknowledge', opinion: ackCase },
      {
        at: 160,
        do: 'report_disposal',
        disposal: 'caseFiled',
        opinion: (w) =>
          `经初步核实，${w.name}涉嫌职务侵占问题，县纪委监委已对其立案审查调查，并依法采取留置措施。`,
      },
      {
        at: 75,
        do: 'record_dual_inquiry',
        result: 'accountable',
        note: (w) =>
          `一案双查：${w.unit}党委对财务总监“一支笔”审批长期失管失察，落实主体责任不力，对党委书记、董事长进行诫勉谈话；公司纪委监督责任落实不到位，对纪委书记批评教育。`,
      },
      {
        at: 60,
        do: 'close',
        outcome: 'form4',
        note: (w) =>
          `给予${w.name}开除党籍处分，由公司依法解除劳动合同；其涉嫌职务侵占罪问题移送县人民检察院审查起诉，违纪违法所得已追缴（第四种形态）。`,
      },
    ],
  },
  {
    key: 'C5',
    at: 150,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '县人社局',
      post: '党组成员、副局长',
      focus: 'personnel',
      disciplines: ['organizational'],
      description: (w) =>
        `县信访局转来群众来信，反映${w.unit}${w.position}${w.name}在${w.year - 1}年公益性岗位人员招录中为其亲属打招呼，违规录用2人。来信列举了录用人员姓名和岗位。`,
    },
    steps: [
      { at: 148, do: 'hand_over', opinion: handOver },
      { at: 140, do: 'transfer', to: '县委组织部', opinion: toOrganization },
      { at: 137, do: 'acknowledge', opinion: ackOrganization },
      {
        at: 100,
        do: 'report_disposal',
        disposal: 'concluded',
        opinion: (w) =>
          `经调阅招录档案、笔试面试成绩，与招录工作人员谈话核实：所涉2人笔试、面试成绩均排名第一，录用程序合规，与${w.name}无亲属关系，予以了结。`,
      },
      {
        at: 98,
        do: 'close',
        outcome: 'clearance',
        note: (w) =>
          `反映问题不属实。已向${w.name}本人及${w.unit}党组反馈核查结论，在一定范围内予以澄清正名。`,
      },
    ],
  },
  {
    key: 'C6',
    at: 155,
    origin: {
      kind: 'manual',
      source: 'other',
      unit: '柳林乡',
      post: '乡党委书记',
      focus: 'corruption',
      disciplines: ['integrity', 'life'],
      description: (w) =>
        `县委巡察办收到署名举报信，反映${w.unit}${w.position}${w.name}收受辖区企业负责人财物、长期出入私人会所，并称其在柳林乡土地流转项目中“吃回扣”。举报信附照片2张。`,
    },
    steps: [
      { at: 150, do: 'hand_over', opinion: handOver },
      { at: 139, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 136, do: 'acknowledge', opinion: ackDiscipline },
      {
        at: 110,
        do: 'report_disposal',
        disposal: 'preliminaryVerification',
        opinion: (w) =>
          `对${w.name}开展初步核实：调取其本人及亲属银行流水，走访土地流转项目涉及的12户农户和3家企业。`,
      },
      {
        at: 45,
        do: 'close',
        outcome: 'clearance',
        falseAccusation: true,
        note: (w) =>
          `经初步核实，反映${w.name}收受财物、“吃回扣”等问题均无事实依据，举报信所附照片系拼接伪造。举报人因土地流转补偿诉求未获支持，捏造事实诬告陷害，认定为诬告，相关线索已移送公安机关依法处理；已在柳林乡干部大会上为${w.name}澄清正名。`,
      },
    ],
  },
  {
    key: 'C7',
    at: 130,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '县自然资源局',
      post: '党组成员、副局长',
      focus: 'personnel',
      disciplines: ['organizational', 'integrity'],
      description: (w) =>
        `县财政局在行政事业单位财务监督检查中发现，${w.unit}${w.position}${w.name}未经批准在县测绘地理信息协会兼任副会长，${w.year - 2}年以来领取兼职报酬共计3.6万元，通报县委巡察办。`,
    },
    steps: [
      { at: 128, do: 'hand_over', opinion: handOver },
      { at: 120, do: 'transfer', to: '县委组织部', opinion: toOrganization },
      { at: 118, do: 'acknowledge', opinion: ackOrganization },
      {
        at: 100,
        do: 'report_disposal',
        disposal: 'talkOrInquiry',
        opinion: (w) =>
          `县委组织部对${w.name}进行函询。${w.name}如实说明了兼职及取酬情况，已辞去协会职务。`,
      },
      {
        at: 80,
        do: 'close',
        outcome: 'form1',
        note: (w) => `对${w.name}进行诫勉谈话，兼职报酬3.6万元已全额退缴（第一种形态）。`,
      },
    ],
  },

  // ——— 查账: each disposal ———
  {
    key: 'U1',
    at: 50,
    origin: {
      kind: 'manual',
      source: 'other',
      unit: '石桥镇',
      post: '镇党委书记',
      focus: 'discipline',
      disciplines: ['political', 'work'],
      description: (w) =>
        `县委巡察办在巡察整改“回头看”中发现，${w.unit}对上一轮常规巡察反馈的“村级财务管理混乱”问题整改敷衍应付：整改台账显示已完成的5项措施中3项未落实，前进村违规列支的招待费未清退。${w.position}${w.name}作为整改第一责任人，对整改情况审核把关不严。`,
    },
    steps: [
      { at: 48, do: 'hand_over', opinion: handOver },
      { at: 40, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 38, do: 'acknowledge', opinion: ackDiscipline },
      {
        at: 30,
        do: 'report_disposal',
        disposal: 'talkOrInquiry',
        opinion: (w) =>
          `对${w.name}进行谈话提醒，责令${w.unit}党委就整改不实问题作出书面说明，30日内重新报送整改情况。`,
      },
    ],
  },
  {
    key: 'U2',
    at: 70,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '青山乡张家坳村',
      post: '村党支部书记、村委会主任',
      focus: 'corruption',
      disciplines: ['integrity', 'mass'],
      description: (w) =>
        `县公安局在侦办一起非法采砂案件中发现，${w.unit}${w.position}${w.name}多次收受采砂老板“好处费”，并在执法检查前通风报信，涉嫌充当非法采砂“保护伞”。县公安局将该线索通报县委巡察办。`,
    },
    steps: [
      { at: 68, do: 'hand_over', opinion: handOver },
      { at: 60, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 57, do: 'acknowledge', opinion: ackCase },
      {
        at: 45,
        do: 'report_disposal',
        disposal: 'preliminaryVerification',
        opinion: (w) =>
          `对${w.name}的问题开展初步核实，已调取其银行流水和通讯记录，与县公安局建立线索会商机制。`,
      },
    ],
  },
  {
    key: 'U3',
    at: 85,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '清河县第一中学',
      post: '校长',
      focus: 'corruption',
      disciplines: ['integrity'],
      description: (w) =>
        `县信访局转来匿名来信，反映${w.unit}${w.position}${w.name}在校服采购中收受供应商回扣。来信未提供具体时间、金额和知情人。`,
    },
    steps: [
      { at: 83, do: 'hand_over', opinion: handOver },
      { at: 75, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 72, do: 'acknowledge', opinion: ackDiscipline },
      {
        at: 60,
        do: 'report_disposal',
        disposal: 'shelved',
        opinion: () =>
          '来信反映问题笼统，暂不具备核查条件，暂存待查；待县审计局校服采购专项审计结束后复查。',
      },
    ],
  },
  {
    key: 'U4',
    at: 240,
    origin: { kind: 'petition', by: 'office' },
    steps: [
      { at: 238, do: 'hand_over', opinion: petitionHandOver },
      { at: 232, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 229, do: 'acknowledge', opinion: ackDiscipline },
      {
        at: 190,
        do: 'report_disposal',
        disposal: 'shelved',
        opinion: (w) =>
          `经初步核实，反映${w.name}的问题中，关键知情人长期外出务工无法取证，暂不具备进一步核查条件，暂存待查，到期复查。`,
      },
    ],
  },
  {
    key: 'U5',
    at: 95,
    origin: { kind: 'petition', by: 'office', prefer: 'corruption' },
    steps: [
      { at: 93, do: 'hand_over', opinion: petitionHandOver },
      { at: 84, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 81, do: 'acknowledge', opinion: ackCase },
      {
        at: 55,
        do: 'report_disposal',
        disposal: 'caseFiled',
        opinion: (w) => `经初步核实，${w.name}涉嫌违纪问题基本清楚，县纪委监委已对其立案审查。`,
      },
      {
        at: 20,
        do: 'record_dual_inquiry',
        result: 'notAccountable',
        note: (w) =>
          `一案双查：${w.unit}党组织此前已将相关问题列为监督重点，多次对${w.name}提醒谈话并及时向上级报告，主体责任和监督责任已履行，不予问责。`,
      },
    ],
  },
  {
    key: 'U6',
    at: 110,
    origin: {
      kind: 'manual',
      source: 'audit',
      unit: '城关镇',
      post: '镇长',
      focus: 'corruption',
      disciplines: ['integrity', 'mass'],
      description: (w) =>
        `县审计局对${w.unit}${w.position}${w.name}任期经济责任审计发现：镇政府将农村人居环境整治项目结余资金58万元转入镇农业服务中心账户，其中21万元以“劳务费”名义发放给镇村干部；项目验收仅有${w.name}一人签字确认。审计建议移送纪检监察机关处理。`,
    },
    steps: [
      { at: 108, do: 'hand_over', opinion: handOver },
      { at: 100, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 96, do: 'acknowledge', opinion: ackDiscipline },
      {
        at: 80,
        do: 'report_disposal',
        disposal: 'preliminaryVerification',
        opinion: (w) => `对${w.name}开展初步核实，已调取项目资金拨付凭证和劳务费发放名单。`,
      },
    ],
  },
  {
    key: 'U7',
    at: 45,
    origin: {
      kind: 'manual',
      source: 'other',
      unit: '清河县城市建设投资有限公司',
      focus: null,
      disciplines: [],
      description: (w) =>
        `城关镇西街社区居民通过12345热线集中反映，西街社区老旧小区改造工程完工不到一年即出现外墙保温层脱落、屋面渗漏等问题，施工单位多次维修未果。该工程由${w.unit}负责建设管理，工程质量监管不到位。`,
    },
    steps: [
      { at: 43, do: 'hand_over', opinion: handOver },
      { at: 35, do: 'transfer', to: '县住房和城乡建设局', opinion: toHousing },
      { at: 30, do: 'acknowledge', opinion: ackOnPaper },
      {
        at: 12,
        do: 'report_disposal',
        disposal: 'preliminaryVerification',
        opinion: () =>
          '县住房和城乡建设局书面回复：已组织建设工程质量安全监督站现场核查，责令施工单位30日内完成返修，对监理单位记不良行为记录一次；核查情况报告扫描件附后（巡察办代为登记）。',
      },
    ],
  },
  {
    key: 'U8',
    at: 28,
    confidential: true,
    origin: {
      kind: 'manual',
      source: 'other',
      unit: '清河县农村商业银行',
      post: '党委书记、董事长',
      focus: 'corruption',
      disciplines: ['integrity'],
      description: (w) =>
        `实名举报（举报人要求严格保密）：${w.unit}${w.position}${w.name}违规为其亲属实际控制的企业发放贷款1200万元，贷款已逾期，抵押物评估价值明显虚高。举报人提供了贷款审批表复印件。`,
    },
    steps: [
      {
        at: 27,
        do: 'hand_over',
        opinion: '实名举报，按保密线索办理，知悉范围限于巡察办主任和县纪委监委承办人。',
      },
      { at: 20, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 18, do: 'acknowledge', opinion: '已签收，按保密线索由第一监督检查室专人承办。' },
    ],
  },
  {
    key: 'U9',
    at: 20,
    origin: {
      kind: 'activity',
      activity: 'mz-docs',
      by: 'team2member',
      post: '党组成员、副局长',
      description: (w) =>
        `调阅低保发放台账发现，已死亡人员仍享受低保23人、多发低保金6.8万元，其中河西镇9人。分管社会救助工作的${w.position}${w.name}对死亡信息比对“一年一次”的做法长期未予纠正；社会救助股反映，其中部分人员系经其打招呼后未及时停发。需核实其是否存在失职失责、优亲厚友问题。`,
    },
    steps: [
      {
        at: 18,
        do: 'hand_over',
        by: 'team2lead',
        opinion: '该线索涉及群众切身利益，按“边巡边移”要求提前交账，建议从快处置。',
      },
      { at: 18, do: 'classify', focus: 'corruption', disciplines: ['mass', 'work'] },
      { at: 6, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
      { at: 4, do: 'acknowledge', opinion: ackDiscipline },
    ],
  },
  {
    key: 'U10',
    at: 55,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '县农业农村局',
      post: '办公室主任',
      focus: 'conduct',
      disciplines: ['work'],
      description: (w) =>
        `县信访局转来来信，反映${w.unit}${w.position}${w.name}长期不在岗，以“下乡调研”为名处理个人事务，单位考勤形同虚设。`,
    },
    steps: [
      { at: 53, do: 'hand_over', opinion: handOver },
      {
        at: 40,
        do: 'transfer',
        to: '县委组织部',
        opinion: toOrganization,
        changeReason:
          '反映问题主要涉及干部日常管理和考勤制度执行，经集体研判由县委组织部先行处置，发现违纪问题再移交县纪委监委。',
      },
      { at: 37, do: 'acknowledge', opinion: ackOrganization },
      {
        at: 25,
        do: 'report_disposal',
        disposal: 'talkOrInquiry',
        opinion: (w) =>
          `县委组织部对${w.name}进行提醒谈话，并对${w.unit}近三个月考勤记录开展抽查。`,
      },
    ],
  },

  // ——— 转账: awaiting 签收 ———
  {
    key: 'T1',
    at: 20,
    origin: { kind: 'petition', by: 'office' },
    steps: [
      { at: 19, do: 'hand_over', opinion: petitionHandOver },
      { at: 2, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
    ],
  },
  {
    key: 'T2',
    at: 16,
    origin: { kind: 'petition', by: 'office', personnel: true },
    steps: [
      { at: 15, do: 'hand_over', opinion: petitionHandOver },
      { at: 3, do: 'transfer', to: '县委组织部', opinion: toOrganization },
    ],
  },
  {
    key: 'T3',
    at: 30,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '县卫健局',
      post: '党组成员、副局长',
      focus: 'corruption',
      disciplines: ['integrity'],
      description: (w) =>
        `县人民检察院在办理一起行贿案件中发现，行贿人供述曾于春节前向${w.unit}${w.position}${w.name}赠送购物卡2万元，请托其在医疗设备采购款拨付中给予关照。依照有关规定将该线索移送。`,
    },
    steps: [
      { at: 29, do: 'hand_over', opinion: handOver },
      { at: 12, do: 'transfer', to: '县纪委监委', opinion: toDiscipline },
    ],
  },
  {
    key: 'T4',
    at: 14,
    origin: {
      kind: 'manual',
      source: 'other',
      unit: '河西镇',
      focus: null,
      disciplines: [],
      description: (w) =>
        `县委巡察办在农村危房改造专项检查中发现，${w.unit}实施的危房改造项目中有6户改造房屋未按抗震设防要求施工，竣工验收资料由施工方代签，镇村镇建设管理站未实地验收。`,
    },
    steps: [
      { at: 13, do: 'hand_over', opinion: handOver },
      { at: 4, do: 'transfer', to: '县住房和城乡建设局', opinion: toHousing },
    ],
  },

  // ——— 交账 ———
  {
    key: 'H1',
    at: 15,
    origin: {
      kind: 'outsider',
      source: 'other',
      name: '梁志远',
      position: '县人民政府副县长',
      unitName: '清河县人民政府',
      level: 'county',
      focus: 'corruption',
      disciplines: ['integrity'],
      description: (w) =>
        `市委巡察办转来群众来信，反映${w.position}${w.name}在分管城区棚户区改造期间，要求县住建局将城东棚户区改造配套工程指定由其同学实际控制的公司承建，涉及金额约1800万元。`,
    },
    steps: [{ at: 14, do: 'hand_over', opinion: handOver }],
  },
  {
    key: 'H2',
    at: 12,
    origin: { kind: 'petition', by: 'office' },
    steps: [{ at: 11, do: 'hand_over', opinion: petitionHandOver }],
  },
  {
    key: 'H3',
    at: 8,
    origin: {
      kind: 'manual',
      source: 'audit',
      unit: '县教育局',
      post: '党组成员、副局长',
      focus: 'corruption',
      disciplines: ['mass', 'work'],
      description: (w) =>
        `县审计局对${w.unit}${w.year - 1}年度学生资助资金审计发现，已毕业或转学的学生仍被列入资助名单47人次，多发资助资金5.6万元；资助名单由${w.position}${w.name}审核签字。`,
    },
    steps: [{ at: 5, do: 'hand_over', opinion: handOver }],
  },
  {
    key: 'H4',
    at: 13,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '青山乡红星村',
      post: '村会计',
      focus: 'discipline',
      disciplines: ['life', 'integrity'],
      description: (w) =>
        `县公安局在侦办一起网络赌博案件中发现，${w.unit}${w.position}${w.name}的银行账户与赌博平台代理人存在多笔资金往来，累计约15万元，部分资金来源疑似村集体账户。`,
    },
    steps: [{ at: 12, do: 'hand_over', opinion: handOver }],
  },
  {
    key: 'H5',
    at: 35,
    origin: {
      kind: 'manual',
      source: 'other',
      unit: '柳林乡李家村',
      post: '村党支部书记、村委会主任',
      focus: 'corruption',
      disciplines: ['mass'],
      description: (w) =>
        `县委巡察办在巡察整改督查中发现，${w.unit}${w.position}${w.name}将12户脱贫户的集体经济项目分红款延迟发放近半年，资金被临时挪作村里道路工程垫资。`,
    },
    steps: [{ at: 28, do: 'hand_over', opinion: handOver }],
  },
  {
    key: 'H6',
    at: 8,
    origin: {
      kind: 'activity',
      activity: 'ct-docs',
      by: 'team1member',
      post: '党委书记、董事长',
      description: (w) =>
        `调阅资料发现，清河新区安置房二期工程签订补充协议2份，增加合同价款共计620万元，补充协议未经公司党委会和董事会研究，由${w.position}${w.name}一人签批；群众此前信访反映该公司工程发包不规范。需核实其是否违规决策、为施工单位谋取利益。`,
    },
    steps: [
      {
        at: 6,
        do: 'hand_over',
        by: 'team1lead',
        opinion: '补充协议审批程序问题已基本查清，按“边巡边移”要求交账。',
      },
      {
        at: 6,
        do: 'classify',
        focus: 'corruption',
        disciplines: ['integrity', 'work'],
        linkPetitions: true,
      },
    ],
  },

  // ——— 报账 ———
  {
    key: 'R1',
    at: 22,
    origin: {
      kind: 'activity',
      activity: 'zj-office',
      by: 'team1member',
      post: '办公室主任',
      description: (w) =>
        `${w.position}${w.name}在谈话中反映，局机关2辆公务用车长期由施工单位借用后归还、无登记。车辆由办公室统一调度，需核实其是否违规将公车借给管理服务对象使用、是否收受施工单位好处。`,
    },
    steps: [],
  },
  {
    key: 'R2',
    at: 18,
    origin: {
      kind: 'activity',
      activity: 'jt-docs',
      by: 'team1member',
      post: '党组成员、副局长',
      description: (w) =>
        `调阅资料发现，农村公路提档升级工程2条路段路面厚度不足设计要求，监理月报却记载“合格”，工程款已拨付95%；分管工程质量监督的${w.position}${w.name}在交工验收资料上签字确认。需核实其是否存在失职失责或与施工单位利益输送问题。`,
    },
    steps: [],
  },
  {
    key: 'R3',
    at: 16,
    origin: {
      kind: 'activity',
      activity: 'hx-secretary',
      by: 'team2lead',
      post: '镇长',
      description: (w) =>
        `镇党委书记在谈话中反映，灌区节水改造项目渗漏问题已向县水利局反映但施工单位未返修；座谈会上村干部反映镇里对村级工程验收“签字快、看得少”。${w.position}${w.name}分管村级工程验收，需核实其是否存在验收走过场、失职失责问题。`,
    },
    steps: [],
  },
  {
    key: 'R4',
    at: 12,
    origin: {
      kind: 'activity',
      activity: 'yy-survey',
      by: 'team2member',
      post: '副院长',
      description: (w) =>
        `民主测评中，${w.position}${w.name}“较差”评价占5%、“一般”占19%，为班子成员中最低；7名职工在测评表中反映其分管耗材采购期间与供应商关系密切，骨科高值耗材长期由同一供应商供货。需核实其是否收受供应商回扣。`,
    },
    steps: [],
  },
  { key: 'R5', at: 6, origin: { kind: 'petition', by: 'leader' }, steps: [] },
  {
    key: 'R6',
    at: 3,
    origin: {
      kind: 'manual',
      source: 'audit',
      unit: '清河县供销合作社',
      post: '党组书记、主任',
      focus: 'corruption',
      disciplines: ['integrity', 'work'],
      description: (w) =>
        `县审计局在对${w.unit}${w.year - 1}年度财务收支审计中发现，社属企业将农资储备补贴资金43万元出借给私营农资公司，未收取资金占用费，出借决定由${w.position}${w.name}签批。`,
    },
    steps: [],
  },
  {
    key: 'R7',
    at: 70,
    origin: {
      kind: 'manual',
      source: 'partnerDepartment',
      unit: '城关镇东关村',
      post: '村党支部书记、村委会主任',
      focus: 'discipline',
      disciplines: ['integrity', 'mass'],
      description: (w) =>
        `县公安局在侦办一起非法集资案件中发现，${w.unit}${w.position}${w.name}曾多次在村民大会上为该集资项目“站台”宣传，并收取项目方“顾问费”。`,
    },
    steps: [],
  },
  {
    key: 'R8',
    at: 130,
    origin: {
      kind: 'manual',
      source: 'other',
      unit: '石桥镇前进村',
      post: '村会计',
      focus: 'corruption',
      disciplines: ['integrity'],
      description: (w) =>
        `县委巡察办收到署名来信，反映${w.unit}${w.position}${w.name}在农村集体“三资”清理中隐瞒村集体鱼塘承包收入，账外设立“小金库”。`,
    },
    steps: [],
  },
];

/** The meetings, each deciding for the clues before it: most to transfer, one to supplement. */
export const reviewScripts: ReviewScript[] = [
  {
    at: 236,
    note: '研判信访调查转来的问题线索1件。',
    decisions: [{ clue: 'U4', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 226,
    note: '研判信访调查转来的问题线索1件。',
    decisions: [{ clue: 'C2', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 196,
    note: '研判审计移送的问题线索1件。',
    decisions: [
      {
        clue: 'C1',
        decision: 'transfer',
        receiver: '县纪委监委',
        note: '违反中央八项规定精神问题，移交县纪委监委。',
      },
    ],
  },
  {
    at: 171,
    note: '研判审计移送的问题线索1件，涉嫌职务违法犯罪，从快移交。',
    decisions: [{ clue: 'C4', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 141,
    note: '季度线索集体研判会，研判问题线索3件。',
    decisions: [
      { clue: 'C3', decision: 'transfer', receiver: '县纪委监委' },
      {
        clue: 'C5',
        decision: 'transfer',
        receiver: '县委组织部',
        note: '反映选人用人问题，移交县委组织部。',
      },
      { clue: 'C6', decision: 'transfer', receiver: '县纪委监委' },
    ],
  },
  {
    at: 121,
    note: '研判协作部门通报的问题线索1件。',
    decisions: [{ clue: 'C7', decision: 'transfer', receiver: '县委组织部' }],
  },
  {
    at: 104,
    note: '研判审计移送的问题线索1件。',
    decisions: [{ clue: 'U6', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 90,
    note: '研判信访调查转来的问题线索1件。',
    decisions: [{ clue: 'U5', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 78,
    note: '研判信访局转来的问题线索1件。',
    decisions: [{ clue: 'U3', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 63,
    note: '研判公安机关通报的问题线索1件。',
    decisions: [{ clue: 'U2', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 42,
    note: '月度线索集体研判会，研判问题线索3件。',
    decisions: [
      { clue: 'U1', decision: 'transfer', receiver: '县纪委监委' },
      {
        clue: 'U7',
        decision: 'transfer',
        receiver: '县住房和城乡建设局',
        note: '工程质量监管问题，移交行业主管部门。',
      },
      {
        clue: 'U10',
        decision: 'transfer',
        receiver: '县委组织部',
        note: '属干部日常管理问题，由县委组织部先行处置。',
      },
    ],
  },
  {
    at: 25,
    note: '保密线索专题研判，知悉范围限于参会人员。',
    decisions: [{ clue: 'U8', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 24,
    note: '研判检察机关移送的问题线索1件。',
    decisions: [{ clue: 'T3', decision: 'transfer', receiver: '县纪委监委' }],
  },
  {
    at: 9,
    note: '月度线索集体研判会，研判问题线索7件，其中巡察组“边巡边移”线索1件。',
    decisions: [
      {
        clue: 'H1',
        decision: 'transfer',
        receiver: '县纪委监委',
        note: '被反映人为县处级干部，按干部管理权限由市委管理，报请移交市纪委监委；本辖区先移交县纪委监委配合办理。',
      },
      { clue: 'H2', decision: 'transfer', receiver: '县纪委监委' },
      {
        clue: 'H4',
        decision: 'supplement',
        note: '资金往来性质尚不清楚，请县公安局补充提供交易明细和相关人员询问笔录后再研判。',
      },
      {
        clue: 'U9',
        decision: 'transfer',
        receiver: '县纪委监委',
        note: '涉及群众切身利益，从快移交。',
      },
      { clue: 'T1', decision: 'transfer', receiver: '县纪委监委' },
      {
        clue: 'T2',
        decision: 'transfer',
        receiver: '县委组织部',
        note: '反映违规进人问题，移交县委组织部。',
      },
      {
        clue: 'T4',
        decision: 'transfer',
        receiver: '县住房和城乡建设局',
        note: '农村危房改造质量问题，移交行业主管部门。',
      },
    ],
  },
];

/** The petition clue's description, from the petition and its investigation report. */
export function petitionClueText(p: {
  code: string;
  summary: string;
  finding: string | null;
  name: string;
  position: string;
  unit: string;
  disciplines: string[];
}): string {
  const broke = p.disciplines.length ? `涉嫌违反${p.disciplines.join('、')}，` : '';
  const found = p.finding
    ? `经县委巡察办调查核实，查明：${p.finding}。`
    : '经县委巡察办调查核实，反映问题基本属实。';
  return `信访件${p.code}${p.summary}。${found}${p.unit}${p.position}${p.name}${broke}问题线索具体、可查，按审定意见报入问题线索台账。`;
}

/** The scanned replies the office uploads for the receiver served on paper. */
export const paperReplies = {
  acknowledge: {
    name: '县住房和城乡建设局签收回执.pdf',
    lines: (code: string, letter: string) => [
      '签 收 回 执',
      `县委巡察办：`,
      `你办${letter}移交的问题线索（编号${code}）已收悉，`,
      '我局已登记并交由建设工程质量安全监督站办理。',
      '县住房和城乡建设局（盖章）',
    ],
  },
  report_disposal: {
    name: '县住房和城乡建设局核查情况报告.pdf',
    lines: (code: string, letter: string) => [
      '关于移交问题线索核查情况的报告',
      `县委巡察办：`,
      `对你办${letter}移交的问题线索（编号${code}），`,
      '我局已组织现场核查，责令施工单位30日内完成返修，',
      '对监理单位记不良行为记录一次。',
      '县住房和城乡建设局（盖章）',
    ],
  },
} as const;
