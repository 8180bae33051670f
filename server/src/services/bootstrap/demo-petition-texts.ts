/**
 * The words of the demo's petitions (信访件) for the fictional 清河县: ~40 problem templates, the
 * openings and closings letters use, the way each channel is recorded, and the opinions written
 * at every step (拟办、阅批、调查报告、审定、转办回复、答复). Pure text: demo-petitions.ts decides
 * who writes what, when, and drives it through the services.
 */
import type { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';

export type Focus = (typeof problemFocuses)[number];
export type Discipline = (typeof disciplines)[number];

/**
 * How a petition is handled: investigated by the office or a team, transferred by cadre
 * management authority (干部管理权限) to 县纪委监委 or 县委组织部, or not accepted.
 */
export type Route = 'investigate' | 'discipline' | 'organization' | 'reject';
export type Outcome = 'true' | 'partly' | 'false';

/** The blanks of a template, filled per petition. */
export interface TextVars {
  /** The accused person (for a unit-only petition: the unit's head, named in passing). */
  name: string;
  position: string;
  /** The accused unit. */
  unit: string;
  /** A second accused person of the same unit, when the template names one. */
  second: { name: string; position: string } | null;
  township: string;
  /** The village (王庄村) when the unit is one, else ''. */
  village: string;
  /** Where it happened, for sentences: the village or the township. */
  place: string;
  project: string;
  company: string;
  relative: string;
  hotel: string;
  /** 万元, with one decimal at most. */
  amount: string;
  /** 元. */
  small: string;
  count: number;
  /** 2025年8月: some months before the petition was received. */
  when: string;
  tail: string;
  /** 他 or 她, by the cadre's recorded gender. */
  he: string;
}

export interface ProblemTemplate {
  key: string;
  /** Units (names from demo-county.ts) the problem fits. */
  units: readonly string[];
  /** Indexes into the unit's posts of whom it accuses (0 = the head). */
  posts: readonly number[];
  /** A second accused person (post index), e.g. the village accountant beside the secretary. */
  secondPost?: number;
  /** 'person' names the cadre; 'both' adds the unit; 'unit' the unit only; 'company' an outside firm. */
  accused: 'person' | 'both' | 'unit' | 'company';
  focus: Focus | null;
  disciplines: readonly Discipline[];
  routes: readonly Route[];
  /** Range of `amount` (万元). */
  amount: readonly [number, number];
  /** The petitioner works in the accused unit (内部举报) rather than living nearby. */
  insider?: boolean;
  summary: (v: TextVars) => string;
  /** Two or three wordings of the same problem, used in turn. */
  bodies: readonly ((v: TextVars) => string)[];
  /** The allegation in one clause: "在…中授意围标串标". */
  fact: (v: TextVars) => string;
  /** What the investigation found when it is true (else a generic sentence from `fact`). */
  finding?: (v: TextVars) => string;
  /** Projects it is about, when the unit's own (projectsByUnit) do not fit. */
  projects?: (place: string) => readonly string[];
  /** For 'reject': why it is outside the inspection's scope, and where to turn instead. */
  rejection?: { reason: string; advice: string };
}

const bureaus = [
  '县财政局',
  '县人社局',
  '县自然资源局',
  '县市场监管局',
  '县教育局',
  '县卫健局',
  '县农业农村局',
  '县水利局',
  '县交通运输局',
  '县住建局',
  '县民政局',
] as const;
const townships = ['城关镇', '河西镇', '石桥镇', '柳林乡', '青山乡'] as const;
const villages = [
  '城关镇东关村',
  '河西镇王庄村',
  '石桥镇前进村',
  '柳林乡李家村',
  '青山乡张家坳村',
  '青山乡红星村',
] as const;
const engineering = [
  '县住建局',
  '县交通运输局',
  '县水利局',
  '清河县城市建设投资有限公司',
  '清河县公共资源交易中心',
] as const;
const enterprises = [
  '清河县城市建设投资有限公司',
  '清河县水务集团有限公司',
  '清河县农村商业银行',
] as const;

export const problemTemplates: readonly ProblemTemplate[] = [
  {
    key: 'bid_rigging',
    units: engineering,
    posts: [0, 1],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [180, 2600],
    summary: (v) => `反映${v.unit}${v.position}${v.name}在${v.project}招标中授意围标串标`,
    bodies: [
      (v) =>
        `${v.when}，${v.unit}组织实施的${v.project}（中标价约${v.amount}万元）在县公共资源交易中心公开招标。据了解，参与投标的五家公司中有三家实际由${v.company}老板一人操控，投标文件的格式甚至错别字都一模一样，最后${v.company}顺利中标。开标前${v.name}多次与该公司负责人一起吃饭，招标文件里"近三年同类业绩"的条件明显是为其量身定做，外地企业都被挡在门外。`,
      (v) =>
        `${v.project}的招投标存在严重问题。${v.position}${v.name}事先内定由${v.company}承建，招标公告只挂了五天，资格条件层层加码，报名的企业大多是来陪标的。评标时专家打分明显偏向一家，开标后没几天${v.company}就进场施工，比公告的开工日期还早。工程总价${v.amount}万元，大家怀疑其中有利益输送。`,
    ],
    fact: (v) => `在${v.project}招标中授意围标串标、为特定企业量身定做招标条件`,
    finding: (v) =>
      `${v.project}招标文件设置了排斥潜在投标人的业绩条件，三家投标企业的投标文件由同一人编制，${v.name}在招标前与中标企业负责人有不正当接触`,
  },
  {
    key: 'bid_splitting',
    units: ['县住建局', '县教育局', '县卫健局', '县水利局', '清河县城市建设投资有限公司'],
    posts: [0],
    accused: 'both',
    focus: 'corruption',
    disciplines: ['integrity', 'work'],
    routes: ['investigate'],
    amount: [160, 900],
    summary: (v) => `反映${v.unit}将${v.project}化整为零规避公开招标`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}以来实施的${v.project}，总投资约${v.amount}万元，按规定应当公开招标，但${v.position}${v.name}把它拆成七八个小项目，每个都压在限额以下，全部直接发包给${v.company}。这家公司成立还不到一年，没有相应资质，听说是${v.name}的${v.relative}挂靠的。`,
      (v) =>
        `我们发现${v.unit}把${v.project}拆成好几个标段，每段都不超过招标限额，以"应急工程"的名义直接指定${v.company}施工。实际上这个项目年初就列入了计划，根本谈不上应急。拍板的是${v.name}，拆分的目的就是绕开招标。`,
      (v) =>
        `${v.project}按说要走公开招标，可${v.unit}硬是分成好几次"零星维修"来做，每次几十万元，都由${v.name}签字直接定了施工队。几次加起来有${v.amount}万元，同一个施工队从头干到尾。`,
    ],
    fact: (v) => `将${v.project}化整为零、规避公开招标并直接发包给关联企业`,
  },
  {
    key: 'poverty_fund',
    units: villages,
    posts: [0],
    secondPost: 1,
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity', 'mass'],
    routes: ['investigate', 'discipline'],
    amount: [8, 45],
    summary: (v) => `反映${v.unit}${v.position}${v.name}截留挪用扶贫资金`,
    bodies: [
      (v) =>
        `${v.when}，上级拨给我村的产业扶贫资金${v.amount}万元，原定用于建村集体食用菌大棚、给脱贫户分红。结果大棚只建了一半，脱贫户的分红一直没发，${v.name}说钱用来"还村里的旧账"了。我们多次询问，村会计${v.second?.name ?? ''}只说"书记安排的"，村里账目从不公开，有的脱贫户连扶贫资金的名目都不知道。`,
      (v) =>
        `我村${v.count}户脱贫户的到户扶贫补助，被村党支部书记${v.name}以"统一管理"为名截留，至今没有发到户。${v.when}县里下拨的扶贫项目资金${v.amount}万元，有一部分被挪去修了${v.name}家门口的路。扶贫的钱是救命钱，请巡察组查一查这笔钱的去向。`,
    ],
    fact: (v) => `截留挪用扶贫项目资金约${v.amount}万元、未按规定发放到户`,
    finding: (v) =>
      `${v.place}产业扶贫资金中有${v.amount}万元被用于偿还村集体旧债和非扶贫项目，脱贫户分红未按期兑现`,
  },
  {
    key: 'subsidy_fraud',
    units: villages,
    posts: [1, 0],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity', 'mass'],
    routes: ['discipline', 'investigate'],
    amount: [3, 12],
    summary: (v) => `反映${v.unit}村干部${v.name}虚报冒领惠农补贴`,
    bodies: [
      (v) =>
        `${v.unit}${v.position}${v.name}利用经手耕地地力保护补贴的便利，把多年外出不种地的人和自家亲属的名字报上去领补贴，${v.when}一年就多报了近${v.count * 10}亩。有人去信用社查过，补贴打进去的存折都在${v.name}手里。`,
      (v) =>
        `我们村的惠农补贴有猫腻。${v.name}把自家亲戚、甚至去世好几年的老人都列进了补贴名单，冒领的钱有好几万元，真正种地的户反而少报了面积。${v.when}公示名单只贴了一天就被撕掉了。`,
      (v) =>
        `今年核对惠农补贴"一卡通"时，我发现自家名下多出了${v.count}亩地的补贴，钱却没到我手里，一问才知道是${v.name}拿我的身份信息报的，卡也在${v.he}那里。像我这样的不止一户。`,
    ],
    fact: () => `虚报面积、冒名领取耕地地力保护补贴等惠农资金`,
  },
  {
    key: 'allowance',
    units: ['县财政局', '县人社局', '县市场监管局', '县自然资源局', '县教育局', '县住建局'],
    posts: [0],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [20, 80],
    insider: true,
    summary: (v) => `反映${v.unit}违规发放津贴补贴`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}以"加班费""课题研究费""考核奖"等名义给全体干部职工发放补贴，每人少则${v.small}元，多则上万元，钱是从项目经费和下属单位账上走的，${v.position}${v.name}拿得最多。这些发放没有任何文件依据，明显违反中央八项规定精神。`,
      (v) =>
        `${v.unit}违规发钱发物：${v.when}前后，单位以慰问名义给每名职工发购物卡${v.small}元，另外还发过"值班补助"，都是从下属事业单位套取的。${v.name}在会上说"大家辛苦了，不要往外说"。`,
      (v) =>
        `${v.unit}年底以"目标考核奖"名义每人发了${v.small}元，领导班子成员翻倍，财务让大家签的是"劳务费"领条。考核奖有统一标准，这样自行发放是违规的。`,
    ],
    fact: () => `以各种名义违规发放津贴补贴和购物卡`,
    finding: (v) =>
      `${v.unit}以加班费、慰问等名义违规发放补贴共计${v.amount}万元，资金来源于下属单位和项目经费`,
  },
  {
    key: 'car',
    units: [...bureaus.slice(0, 6), '县住建局', '县交通运输局', ...townships.slice(0, 3)],
    posts: [0, 1],
    accused: 'person',
    focus: 'conduct',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [1, 3],
    summary: (v) => `反映${v.unit}${v.position}${v.name}公车私用`,
    bodies: [
      (v) =>
        `${v.unit}${v.position}${v.name}长期把单位一辆尾号${v.tail}的公务车当私家车用，周末开回老家，平时接送孩子上下学，${v.when}还开着这辆车去邻县参加亲戚的婚礼，有照片为证。单位的驾驶员私下里都有怨言。`,
      (v) =>
        `${v.name}公车私用问题严重。单位那辆越野车基本成了${v.he}的专车，节假日也不交回，加油卡由${v.he}本人掌握，油费却都在单位报销。${v.when}国庆假期，有人在外地景区的停车场看到过这辆车。`,
      (v) =>
        `${v.unit}那辆公务车几乎每天晚上都停在${v.name}家小区楼下，早上再开走，车上贴着通行证，大家都认识。单位其他人要用车办事，却总说"车派出去了"。`,
    ],
    fact: () => `长期公车私用、节假日私驾公车外出`,
  },
  {
    key: 'gifts',
    units: [...bureaus, '城关镇', '石桥镇', '清河县人民医院', '清河县第一中学'],
    posts: [0],
    accused: 'person',
    focus: 'conduct',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [5, 30],
    summary: (v) => `反映${v.unit}${v.position}${v.name}借操办婚丧喜庆收受礼金`,
    bodies: [
      (v) =>
        `${v.when}，${v.name}为儿子操办婚宴，在县城${v.hotel}摆了四十多桌，${v.unit}的下属、管理服务对象和辖区企业老板都去随礼，少的${v.small}元，多的上万元。事前没有按规定向组织报告，事后礼金也没有退还。`,
      (v) =>
        `${v.unit}${v.position}${v.name}借母亲去世之机大操大办，丧事办了三天，收受下属和老板的礼金数额很大，听说礼金簿就有好几本。${v.name}平时就爱收红包，逢年过节有人往${v.he}家送烟酒。`,
      (v) =>
        `${v.name}的女儿考上大学，${v.he}在${v.hotel}摆"升学宴"，请的大多是下属和找${v.he}办事的老板，门口设了礼金台，专人登记。按规定领导干部不能这样办。`,
    ],
    fact: () => `借操办婚丧喜庆事宜大操大办、收受管理服务对象礼金`,
  },
  {
    key: 'village_affairs',
    units: villages,
    posts: [0],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['mass', 'work'],
    routes: ['investigate'],
    amount: [20, 90],
    summary: (v) => `反映${v.unit}村务财务长期不公开`,
    bodies: [
      (v) =>
        `我村的村务公开栏已经${v.count}年没有更新过，集体土地承包费、机动地租金和上级拨付的各项资金怎么收怎么支，群众一概不知。村民代表多次要求查账，村党支部书记${v.name}都以"账在镇上"推脱。${v.when}村里卖了一片集体林地，卖了多少钱、钱用到哪里，谁也说不清。`,
      (v) =>
        `${v.unit}村干部搞"一言堂"，重大事项从不召开村民代表会议，"四议两公开"流于形式。村集体一年收入${v.amount}万元左右，账目从来不公开，都是${v.name}一个人说了算。群众意见很大，反映多次没有结果。`,
    ],
    fact: () => `村务财务长期不公开、集体资产处置未履行民主程序`,
  },
  {
    key: 'dibao',
    units: [...villages, '城关镇西街社区'],
    posts: [0],
    accused: 'person',
    focus: 'conduct',
    disciplines: ['mass', 'integrity'],
    routes: ['investigate', 'discipline'],
    amount: [2, 8],
    summary: (v) => `反映${v.unit}低保评定优亲厚友`,
    bodies: [
      (v) =>
        `我们这里低保评定不公平。${v.position}${v.name}的${v.relative}家里开着小卖部、有小轿车，却吃上了低保；而瘫痪在床的老人一家申请了几次都没批。${v.when}低保复核时，评议会只有几个村干部参加，根本没有群众代表。`,
      (v) =>
        `${v.unit}有${v.count}户低保户是干部的亲戚，其中有的盖了两层小楼，儿女在外地做生意。${v.name}把低保当人情，谁跟${v.he}关系好就给谁，真正困难的人反而吃不上。请求民政部门和巡察组彻底清查。`,
      (v) =>
        `${v.unit}的低保名单公示时，我们发现上面有在县城买了楼房的人，还有村干部的兄弟。问${v.name}，${v.he}说"这是上面批的"。我家老伴常年吃药，申请了两年都没批。`,
    ],
    fact: () => `在低保评定中优亲厚友、违规将亲属纳入低保`,
    finding: (v) =>
      `${v.unit}有${v.count}户低保对象不符合条件，其中含村干部近亲属，评议程序未按规定邀请群众代表参加`,
  },
  {
    key: 'land_compensation',
    units: [...townships, '县自然资源局', '清河县城市建设投资有限公司'],
    posts: [0, 1],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['mass', 'integrity'],
    routes: ['investigate'],
    amount: [30, 260],
    projects: (place) => [
      '工业园区扩区项目',
      '清河新区安置房二期工程',
      '县道X032线大中修工程',
      `${place}集镇改造项目`,
    ],
    summary: (v) =>
      `反映${v.project.startsWith(v.place) ? '' : v.place}${v.project}征地补偿款未足额发放`,
    bodies: [
      (v) =>
        `${v.when}，县里建设${v.project}征用我们${v.place}耕地约${v.count * 10}亩，公布的标准是每亩${v.small}0元，可实际发到手的每亩少了将近三分之一。${v.unit}${v.position}${v.name}说扣下的钱是"集体提留"和"工作经费"，但从来没有公示过。还有个别户的地上附着物被多算，都是和${v.name}走得近的人。`,
      (v) =>
        `我们被征地的农户反映：${v.project}征地已经两年多，仍有部分补偿款没有到位，青苗补偿被打折发放。找镇里，镇里说钱拨到村了；找村里，村里说没拿到。${v.name}负责这项工作却推来推去，大家的生活受到很大影响。`,
      (v) =>
        `${v.project}征地时说好的安置补助费一直没兑现，被征地的村民现在没地种、没收入。有人看到${v.name}的亲戚家多领了好几万元补偿，群众议论纷纷。`,
    ],
    fact: (v) => `截留克扣${v.project}征地补偿款、补偿标准不公开`,
    finding: (v) =>
      `${v.project}征地补偿款中有${v.amount}万元以"工作经费"名义被截留，地上附着物补偿存在多算多报`,
  },
  {
    key: 'promotion',
    units: [...bureaus.slice(0, 8), '城关镇', '河西镇', '柳林乡'],
    posts: [0],
    accused: 'person',
    focus: 'personnel',
    disciplines: ['organizational'],
    routes: ['organization', 'investigate'],
    amount: [1, 2],
    insider: true,
    summary: (v) => `反映${v.unit}${v.position}${v.name}在干部选拔中任人唯亲`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}提拔了一批中层干部，其中办公室副主任是${v.name}的${v.relative}，参加工作才三年，民主推荐得票很低却被列为考察对象；两名在基层干了十几年、大家公认的同志反而落选。整个过程没有公示，或者公示不足五天。`,
      (v) =>
        `${v.name}在${v.unit}搞"小圈子"，提拔重用的都是身边的人。${v.when}的干部调整中，有人突击入党、突击提拔，档案年龄也有疑问。职工们敢怒不敢言，干事创业的积极性受到严重挫伤。`,
      (v) =>
        `${v.unit}去年的中层竞争上岗走了过场：笔试题提前泄露，面试评委都是${v.name}指定的，最后上的都是${v.he}身边的人。有的同志连报名的机会都没有就被"劝退"了。`,
    ],
    fact: () => `在干部选拔任用中任人唯亲、程序不规范`,
  },
  {
    key: 'formalism',
    units: [...bureaus, ...townships],
    posts: [0],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['work'],
    routes: ['investigate'],
    amount: [1, 2],
    summary: (v) => `反映${v.unit}形式主义官僚主义问题突出`,
    bodies: [
      (v) =>
        `${v.unit}的形式主义很严重：工作群二十多个，天天要基层报表格、晒照片、写简报，同一份材料要报好几个股室。${v.when}迎接检查时，突击补材料、造台账，连夜编会议记录，群众真正反映的问题却没人管。`,
      (v) =>
        `到${v.unit}办事太难了。窗口人员推诿扯皮，一件事要跑五六趟，${v.position}${v.name}很少到一线，群众打电话找不到人。${v.when}我们反映的${v.project}问题，到现在半年多了还是"正在研究"。`,
      (v) =>
        `${v.unit}开会多、文件多，一件事层层开会、层层发文。${v.when}为了迎接示范点检查，要求把路边的墙全部刷白、画宣传画，钱从其他项目里挤，群众说这是"面子工程"。`,
    ],
    fact: () => `存在形式主义、官僚主义问题，基层负担重、群众办事难`,
  },
  {
    key: 'extortion',
    units: ['县市场监管局', '县自然资源局', '县住建局', '县交通运输局', '县卫健局', '城关镇'],
    posts: [1, 2],
    accused: 'person',
    focus: 'conduct',
    disciplines: ['integrity', 'mass'],
    routes: ['investigate'],
    amount: [1, 3],
    summary: (v) => `反映${v.unit}${v.position}${v.name}吃拿卡要`,
    bodies: [
      (v) =>
        `我在${v.place}开了一家小饭店，${v.unit}的执法人员多次以检查为名到店里吃饭不给钱，还暗示要"意思意思"。${v.when}办理许可证延续，材料齐全却一拖再拖，直到托人给${v.position}${v.name}送了两条烟才办下来。`,
      (v) =>
        `${v.unit}${v.position}${v.name}分管审批以来，企业办事要先"打招呼"，不送礼就以各种理由卡着不办。${v.when}我们公司申请一项手续，前后跑了十多次，最后通过中间人送去${v.small}元购物卡才办成。`,
      (v) =>
        `${v.unit}有个别工作人员到我们店里检查，专挑毛病，说要罚款好几千，后来暗示"请吃顿饭就算了"。${v.when}以来这样的事有好几次，${v.position}${v.name}知道后也没有管。`,
    ],
    fact: () => `在行政执法和审批中吃拿卡要、索取财物`,
  },
  {
    key: 'business',
    units: [...bureaus.slice(6), ...enterprises],
    posts: [0, 1],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['investigate', 'discipline'],
    amount: [120, 800],
    summary: (v) => `反映${v.unit}${v.position}${v.name}违规经商办企业`,
    bodies: [
      (v) =>
        `${v.name}表面上是${v.unit}的领导，实际上在${v.company}有股份，由${v.he}的${v.relative}代持。这家公司近几年承接了${v.unit}及下属单位的多个项目，合同金额累计超过${v.amount}万元。${v.name}利用职权为该公司揽活、催款，是典型的违规经商办企业。`,
      (v) =>
        `举报${v.unit}${v.position}${v.name}：${v.he}${v.relative}名下的${v.company}实际是${v.name}本人在经营，${v.he}经常在上班时间去公司处理事务。该公司的主要业务就是承接本系统的项目，${v.when}以来拿了不少工程。`,
      (v) =>
        `${v.company}的实际控制人是谁，在${v.unit}里是公开的秘密：${v.name}每周都去公司开会，公司财务也听${v.he}的。${v.when}下属单位一个${v.amount}万元的项目还没招标，就有人说"肯定是${v.company}的"，结果果然如此。`,
    ],
    fact: () => `违规经商办企业、由亲属代持股份并承接本系统项目`,
  },
  {
    key: 'banquets',
    units: [...bureaus.slice(0, 7), '河西镇', '石桥镇', ...enterprises],
    posts: [0],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [6, 25],
    insider: true,
    summary: (v) => `反映${v.unit}违规公款吃喝`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}以来经常在${v.hotel}公款宴请，每次都上高档烟酒，费用以"会议费""培训费"名义报销，有时把餐费开成办公用品发票。${v.position}${v.name}是主要参与者。${v.hotel}的老板说，他们单位一年在这里消费十几万元。`,
      (v) =>
        `${v.unit}在单位食堂搞"隐形吃喝"，晚上经常关起门来吃喝，酒是老板送的，菜钱走单位的账。${v.name}还经常带朋友到食堂吃"工作餐"，这种风气在单位里很普遍。`,
      (v) =>
        `${v.unit}每逢上级检查、兄弟单位交流，都要在${v.hotel}安排吃喝，陪餐人数远超规定，还喝高档白酒。这些费用拆成几张发票，分别以"办公费""维修费"入账。`,
    ],
    fact: () => `违规公款吃喝、以虚假名目报销餐费`,
  },
  {
    key: 'quality',
    units: ['县住建局', '县交通运输局', '县水利局', '清河县城市建设投资有限公司', '石桥镇'],
    posts: [1],
    accused: 'person',
    focus: 'conduct',
    disciplines: ['integrity', 'work'],
    routes: ['investigate'],
    amount: [90, 700],
    summary: (v) => `反映${v.project}偷工减料、质量差`,
    bodies: [
      (v) =>
        `${v.project}去年才完工，现在路面已经大面积开裂、坑坑洼洼，一下雨排水沟就堵。我们发现施工方${v.company}偷工减料，水泥标号不够，路基厚度明显不足。${v.unit}负责监管的${v.position}${v.name}不闻不问，工程照样验收合格、全额付款。`,
      (v) =>
        `${v.project}质量问题严重。施工时村民就发现用的是劣质材料，向${v.unit}反映过多次，${v.name}说"会让他们整改"，结果一直没人来。验收走过场，群众怀疑监管人员和施工单位之间有利益关系。`,
      (v) =>
        `${v.project}完工才几个月就开始返修，挖开一看，管道下面连垫层都没有。施工时${v.company}晚上偷偷干活，白天不让人靠近。${v.unit}的${v.name}来验收，只在车上看了一圈就签了字。`,
    ],
    fact: (v) => `对${v.project}监管失职、质量不合格仍验收付款`,
  },
  {
    key: 'school_fees',
    units: ['清河县第一中学', '县教育局'],
    posts: [1, 0],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['integrity', 'mass'],
    routes: ['investigate'],
    amount: [10, 40],
    summary: (v) => `反映${v.unit}违规收费、强制征订教辅`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}以"自愿"名义向学生收取补课费，每人每学期${v.small}元，不交的学生在班里受冷落。学校还统一要求到指定书店购买教辅材料，价格比市场高出不少。家长们怕影响孩子，敢怒不敢言。`,
      (v) =>
        `${v.unit}变相强制学生参加假期补课，收费没有任何票据。另外学校食堂饭菜差、价格高，承包食堂的是${v.name}的${v.relative}。请上级部门认真查一查。`,
      (v) =>
        `${v.unit}今年开学又收了一笔"资料费"，每人${v.small}元，没有收据，也没说清楚用在哪里。学校还要求统一订购某品牌校服，价格比外面贵一倍，家长私下说校领导有提成。`,
    ],
    fact: () => `违规组织有偿补课、强制征订教辅材料`,
  },
  {
    key: 'kickbacks',
    units: ['清河县人民医院', '县卫健局'],
    posts: [1, 2, 0],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['investigate', 'discipline'],
    amount: [50, 400],
    summary: (v) => `反映${v.unit}${v.position}${v.name}在药品耗材采购中收受回扣`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}以来大量采购某品牌心脏支架和骨科耗材，价格明显高于周边县医院。据了解，供货的医药代表与${v.position}${v.name}关系密切，经常请${v.he}吃饭、外出旅游。医院里也流传着"进药有提成"的说法。`,
      (v) =>
        `${v.name}分管药品耗材采购，${v.when}引进的几种药品临床效果一般，用量却很大，医生开药有提成。医药公司老板逢年过节给${v.name}送礼。请巡察组严查医疗领域的腐败问题。`,
    ],
    fact: () => `在药品耗材采购中收受回扣`,
  },
  {
    key: 'collective_lease',
    units: villages,
    posts: [0],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity', 'mass'],
    routes: ['discipline', 'investigate'],
    amount: [15, 60],
    summary: (v) => `反映${v.unit}${v.position}${v.name}低价发包集体土地和鱼塘`,
    bodies: [
      (v) =>
        `${v.when}，${v.unit}党支部书记${v.name}没有经过村民代表大会讨论，就把村集体${v.count * 10}亩机动地和两个鱼塘以每亩每年${v.small}元的价格包给了${v.he}的${v.relative}，承包期长达三十年，远低于周边价格。村民要求公开合同被拒绝。`,
      (v) =>
        `我村集体的果园和原砖厂场地被${v.name}私下租给了外地老板，租金多少、交到了哪里，村民都不知道。有人看到合同上的租金比口头说的低很多，差价去了哪里？`,
    ],
    fact: () => `未经民主程序低价发包村集体资产`,
  },
  {
    key: 'public_housing',
    units: ['县住建局', '城关镇西街社区'],
    posts: [1, 0],
    accused: 'person',
    focus: 'conduct',
    disciplines: ['mass', 'integrity'],
    routes: ['investigate'],
    amount: [1, 3],
    summary: (v) => `反映${v.unit}保障性住房分配不公`,
    bodies: [
      (v) =>
        `${v.when}县城公租房分配中，有的人家里有两三套房、开着好车，也分到了公租房；我们一家四口挤在不到三十平方米的出租屋里，申请两年一直排不上。听说名单是${v.unit}${v.position}${v.name}说了算，有的房子分给了干部亲属。`,
      (v) =>
        `廉租房分配问题：${v.position}${v.name}把廉租房指标给了不符合条件的熟人，有人分到房后转手出租赚钱。真正的困难群众申请时被要求开各种证明，一拖再拖。`,
    ],
    fact: () => `在保障性住房分配审核中把关不严、优亲厚友`,
  },
  {
    key: 'hiring',
    units: ['县卫健局', '县教育局', '县水利局', '清河县水务集团有限公司', '清河县供销合作社'],
    posts: [0],
    accused: 'both',
    focus: 'personnel',
    disciplines: ['organizational', 'integrity'],
    routes: ['organization', 'investigate'],
    amount: [10, 40],
    insider: true,
    summary: (v) => `反映${v.unit}违规进人、有人"吃空饷"`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}以"急需专业人才"名义招了几名工作人员，没有公开发布招聘公告，招进来的有${v.name}的${v.relative}和几个领导的子女。还有人编制在单位、人却长期在外地做生意，工资照发，属于"吃空饷"。`,
      (v) =>
        `${v.unit}长期存在"吃空饷"问题：有${v.count}名职工常年不上班，工资和绩效照发，其中一人是${v.position}${v.name}的亲属，在外地开公司。单位的考勤形同虚设。`,
      (v) =>
        `${v.unit}有几名临时工被转成了编制内人员，既没有考试也没有公示，其中就有${v.name}的${v.relative}。那些干了十多年的老临时工，至今还是临时身份。`,
    ],
    fact: () => `违规招录人员、纵容"吃空饷"`,
  },
  {
    key: 'road_volume',
    units: ['县交通运输局', '柳林乡', '青山乡', '河西镇'],
    posts: [1, 0],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [40, 300],
    summary: (v) => `反映${v.project}虚报工程量套取资金`,
    bodies: [
      (v) =>
        `${v.project}在我们${v.place}境内的路段，实际修的长度比公示牌上少了将近一公里，宽度也不够。据说验收时按设计图纸结算，多结了几十万元。${v.unit}${v.position}${v.name}是项目负责人，和施工老板是同学。`,
      (v) =>
        `我们村有人参与过${v.project}的施工，知道工程量被严重虚报，土方量翻了一倍。决算审计时有人打了招呼，最后多付了工程款${v.amount}万元。`,
      (v) =>
        `${v.project}公示的是六米宽的水泥路，实际只有四米多，两边用土一垫就算路肩，结算却按设计宽度算钱。我们找${v.unit}反映，${v.name}说"验收合格了，你们别管"。`,
    ],
    fact: (v) => `在${v.project}中虚报工程量、多结算工程款`,
    finding: (v) =>
      `${v.project}实际完成工程量与结算不符，多结算工程款约${v.amount}万元，验收人员未按规定现场核量`,
  },
  {
    key: 'loans',
    units: ['清河县农村商业银行'],
    posts: [1, 0],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['investigate', 'discipline'],
    amount: [300, 1500],
    summary: (v) => `反映${v.unit}${v.position}${v.name}违规发放贷款、收取好处`,
    bodies: [
      (v) =>
        `${v.unit}${v.position}${v.name}利用审批贷款的权力，向一些不符合条件的企业放贷并收取"好处费"。${v.when}向${v.company}发放贷款${v.amount}万元，抵押物严重不足，现在已经逾期。普通农户贷几万元却很难批下来。`,
      (v) =>
        `在${v.unit}贷款要找关系、给好处，贷款额的百分之一二是"规矩"。${v.name}还让客户到${v.he}${v.relative}开的担保公司办担保，收取高额担保费。`,
    ],
    fact: () => `违规发放贷款并收受好处费`,
  },
  {
    key: 'water_project',
    units: ['县水利局', '清河县水务集团有限公司'],
    posts: [0, 1],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['mass', 'work'],
    routes: ['investigate'],
    amount: [80, 500],
    projects: (place) => [
      '农村饮水安全巩固提升工程',
      '城区供水管网改造工程',
      `${place}集中供水工程`,
    ],
    summary: (v) => `反映${v.unit}农村饮水工程质量差、违规收费`,
    bodies: [
      (v) =>
        `${v.project}投了${v.amount}万元，可我们${v.place}通水不到半年就经常停水，水管用的是不合格产品，一冻就裂。${v.unit}对群众的反映推三阻四。听说施工单位${v.company}是${v.name}介绍来的。`,
      (v) =>
        `${v.unit}收取的自来水入户费标准不一，有的村每户收${v.small}元，有的村收得更多，没有任何收费依据，也不开正规发票。群众质疑这些钱的去向，${v.position}${v.name}对此负有责任。`,
    ],
    fact: (v) => `在${v.project}中把关不严、违规收取入户费`,
  },
  {
    key: 'state_assets',
    units: ['清河县供销合作社', '清河县城市建设投资有限公司'],
    posts: [0, 1],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [200, 900],
    summary: (v) => `反映${v.unit}在资产出租和改制中造成国有资产流失`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}把县城繁华地段的几处门面房以明显低于市场的价格租给私人，租期长达二十年，承租人转手就高价转租赚差价。${v.position}${v.name}对此负有直接责任，群众怀疑其中有利益输送。`,
      (v) =>
        `${v.unit}下属公司改制时资产评估明显偏低，最后被${v.company}低价收购，据说${v.company}背后有${v.name}的股份。职工安置也没有落实，很多老职工至今没有着落。`,
    ],
    fact: () => `在资产出租和企业改制中造成国有资产流失`,
  },
  {
    key: 'slush_fund',
    units: townships,
    posts: [1, 0],
    accused: 'both',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [20, 120],
    insider: true,
    summary: (v) => `反映${v.unit}设立"小金库"`,
    bodies: [
      (v) =>
        `${v.unit}长期把部分罚没收入、场地租金不入账，存在财政所一名工作人员的个人卡上，形成"小金库"，用于接待和发福利。${v.position}${v.name}清楚这件事，${v.when}还用这笔钱报销了一些按规定不能报的费用。`,
      (v) =>
        `${v.unit}通过虚开会议费、培训费发票套取财政资金，设立账外账，金额约${v.amount}万元。这些钱主要用于迎来送往和给个别干部发补贴。`,
    ],
    fact: () => `设立"小金库"、套取财政资金`,
    finding: (v) =>
      `${v.unit}罚没收入和场地租金共${v.amount}万元未纳入财政账户管理，部分用于接待和发放补贴`,
  },
  {
    key: 'junket',
    units: bureaus,
    posts: [0, 1],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [8, 30],
    insider: true,
    summary: (v) => `反映${v.unit}借考察学习之名公款旅游`,
    bodies: [
      (v) =>
        `${v.unit}${v.when}组织十几名干部以"考察学习"名义到云南、海南等地，行程大部分是景点，只安排了半天参观。费用由下属单位和有业务往来的企业承担，${v.position}${v.name}带队。`,
      (v) =>
        `${v.unit}${v.position}${v.name}${v.when}带部分干部到外地"培训"，实际是游山玩水，有人在朋友圈晒了照片后来又删了。费用据说走的是项目经费。`,
    ],
    fact: () => `借考察学习、培训名义公款旅游`,
  },
  {
    key: 'gambling',
    units: [...townships, '县自然资源局', '县市场监管局', '县农业农村局'],
    posts: [1, 2],
    accused: 'person',
    focus: 'discipline',
    disciplines: ['work', 'life'],
    routes: ['investigate'],
    amount: [1, 2],
    summary: (v) => `反映${v.unit}${v.position}${v.name}工作时间打牌赌博`,
    bodies: [
      (v) =>
        `${v.unit}${v.position}${v.name}经常在工作日下午到${v.place}的一家茶楼打麻将，输赢较大，一打就是一下午，群众去单位办事找不到人。${v.when}有人看见${v.he}开着公车去茶楼。`,
      (v) =>
        `${v.name}沉迷打牌，经常和一些老板凑在一起，每场输赢几千上万元，老板们故意输钱给${v.he}。群众说这就是变相行贿。`,
    ],
    fact: () => `工作时间打牌赌博、与管理服务对象打"人情牌"`,
  },
  {
    key: 'conduct_private',
    units: [...bureaus.slice(2, 9), '清河县水务集团有限公司'],
    posts: [0, 1],
    accused: 'person',
    focus: 'discipline',
    disciplines: ['life', 'integrity'],
    routes: ['investigate'],
    amount: [1, 2],
    summary: (v) => `反映${v.unit}${v.position}${v.name}生活作风问题`,
    bodies: [
      (v) =>
        `${v.unit}${v.position}${v.name}与一名异性关系暧昧，两人经常一起外出，单位职工议论纷纷，影响很坏。${v.when}两人一起到外地待了好几天，请假理由写的是"出差"。`,
      (v) =>
        `${v.name}生活作风不检点，长期与他人保持不正当关系，还利用职权为对方在${v.unit}下属单位安排了工作。`,
      (v) =>
        `${v.unit}的${v.name}下班后经常出入县城的高档会所，和一些老板称兄道弟，还有人说${v.he}在外面另有住处。作为领导干部，这样的生活作风让群众很反感。`,
    ],
    fact: () => `生活作风不检点、利用职权为特定关系人安排工作`,
  },
  {
    key: 'soe_pay',
    units: enterprises,
    posts: [0, 1],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['integrity'],
    routes: ['investigate'],
    amount: [30, 120],
    insider: true,
    summary: (v) => `反映${v.unit}领导违规领取薪酬、超标配车`,
    bodies: [
      (v) =>
        `${v.unit}连续亏损，职工工资经常拖欠，可公司领导班子的年薪照拿、绩效照发，${v.when}还给自己发了"超额利润奖"。${v.position}${v.name}违规配了一辆四十多万元的越野车。`,
      (v) =>
        `${v.unit}领导违规兼职取酬，${v.name}在下属三个子公司都挂了名，每个公司领一份报酬。公司业务招待费居高不下，职工意见很大。`,
    ],
    fact: () => `违规领取薪酬奖金、超标准配备使用公务用车`,
  },
  {
    key: 'demolition',
    units: ['城关镇', '河西镇', '清河县城市建设投资有限公司'],
    posts: [0, 1],
    accused: 'person',
    focus: 'conduct',
    disciplines: ['mass'],
    routes: ['investigate'],
    amount: [5, 20],
    projects: (place) => ['城东棚户区改造项目', '清河新区安置房二期工程', `${place}集镇改造项目`],
    summary: (v) =>
      `反映${v.project.startsWith(v.place) ? '' : v.place}${v.project}拆迁中工作方式简单粗暴`,
    bodies: [
      (v) =>
        `${v.when}，${v.unit}在${v.project}拆迁中，没有达成补偿协议就组织人员强行拆了我家的养殖棚，棚里的设备和饲料损失很大。${v.position}${v.name}在现场指挥，群众阻拦时还被推搡。到现在没有任何补偿，也没人给个说法。`,
      (v) =>
        `${v.project}拆迁中，${v.unit}的干部威胁村民"不签字就断水断电""影响孩子上学"，多户村民被迫签字。${v.name}说"上面定的事，谁也挡不住"。希望巡察组关注群众的合法权益。`,
    ],
    fact: (v) => `在${v.project}拆迁中工作方式简单粗暴、侵害群众合法权益`,
  },
  {
    key: 'party_life',
    units: [...villages, '县农业农村局', '县市场监管局'],
    posts: [0],
    accused: 'both',
    focus: 'discipline',
    disciplines: ['organizational', 'political'],
    routes: ['investigate'],
    amount: [1, 2],
    summary: (v) => `反映${v.unit}党组织生活流于形式、发展党员不规范`,
    bodies: [
      (v) =>
        `${v.unit}党支部的"三会一课"基本不开，会议记录都是事后补的，有的党员一年都没参加过组织生活，党费也是支部代缴。${v.when}上级检查前，${v.name}让人连夜补了全年的记录。`,
      (v) =>
        `${v.unit}党组织软弱涣散，发展党员不按程序，${v.when}突击发展了几名党员，其中有${v.name}的${v.relative}，根本没有经过培养考察。`,
    ],
    fact: () => `党内组织生活不规范、发展党员程序违规`,
  },
  {
    key: 'accountant',
    units: villages,
    posts: [1],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity'],
    routes: ['discipline'],
    amount: [6, 40],
    summary: (v) => `反映${v.unit}${v.position}${v.name}侵占挪用村集体资金`,
    bodies: [
      (v) =>
        `我村会计${v.name}管账多年，${v.when}村里收到的土地流转费、光伏发电收益共约${v.amount}万元，账上只记了一部分。有人看到${v.he}把村里的钱转到自己卡上买房。村民多次要求公开账目，${v.he}都以各种理由推脱。`,
      (v) =>
        `${v.unit}会计${v.name}挪用村集体资金放高利贷，数额有几十万元，到期收回后才还到账上。村里光伏扶贫电站的收益也被${v.he}拿去用过一段时间。`,
      (v) =>
        `${v.unit}集体账上的钱对不上：${v.when}村里卖树的收入，会计${v.name}说只有几千元，可买树的老板说给了${v.amount}万元。村民要求看票据，${v.he}说"丢了"。`,
    ],
    fact: () => `侵占挪用村集体资金`,
  },
  {
    key: 'file_fraud',
    units: [...bureaus.slice(0, 8), '石桥镇', '青山乡'],
    posts: [1, 2],
    accused: 'person',
    focus: 'personnel',
    disciplines: ['organizational'],
    routes: ['organization'],
    amount: [1, 2],
    summary: (v) => `反映${v.unit}${v.position}${v.name}档案年龄、学历造假`,
    bodies: [
      (v) =>
        `${v.unit}${v.position}${v.name}的档案年龄比实际小了三岁，我们是同村人，都知道${v.he}的真实年龄。另外${v.he}的本科学历是花钱买的函授文凭，当年根本没去上过课。凭着这些，${v.he}才被提拔成科级干部。`,
      (v) =>
        `${v.name}提拔时填报的工作经历有假，把在村里当临时工的时间也算进了工龄，以凑够任职年限。组织部门考察时没有发现这个问题。`,
      (v) =>
        `${v.name}档案里的出生日期和${v.he}老家户口本上的对不上，差了两年多，入党时间也被提前了。我们怀疑是当年调动时改的，请组织部门调取原始档案核对。`,
    ],
    fact: () => `干部人事档案年龄、学历、经历涉嫌造假`,
  },
  {
    key: 'vote_buying',
    units: villages,
    posts: [0],
    accused: 'person',
    focus: 'personnel',
    disciplines: ['organizational', 'integrity'],
    routes: ['organization', 'discipline'],
    amount: [2, 10],
    summary: (v) => `反映${v.unit}村"两委"换届中拉票贿选`,
    bodies: [
      (v) =>
        `${v.when}村"两委"换届选举中，候选人${v.name}挨家挨户送米送油，每户还给${v.small}元现金，让村民投${v.he}的票。镇里派来的指导组明知有问题，却没有制止。`,
      (v) =>
        `${v.unit}换届选举前，${v.name}请村民代表吃饭，每桌都塞红包，承诺当选后给大家分集体收入。有的党员被要求"统一投票"，不然就取消低保。`,
      (v) =>
        `换届前一个月，${v.name}的亲戚挨家挨户"串门"，说选上了给每户分${v.small}元，选不上以后办事就难了。选举当天还有人在投票点外面"指导"大家怎么填票。`,
    ],
    fact: () => `在村"两委"换届选举中拉票贿选`,
  },
  {
    key: 'absentee',
    units: [...bureaus.slice(3, 11), '柳林乡'],
    posts: [2, 1],
    accused: 'person',
    focus: 'personnel',
    disciplines: ['work', 'organizational'],
    routes: ['organization', 'investigate'],
    amount: [1, 2],
    insider: true,
    summary: (v) => `反映${v.unit}${v.position}${v.name}长期脱岗、违规兼职取酬`,
    bodies: [
      (v) =>
        `${v.unit}${v.position}${v.name}长期不在岗，在外面给一家公司当"顾问"，每月领报酬。单位领导睁一只眼闭一只眼，年度考核还评了优秀。`,
      (v) =>
        `${v.name}一年里有大半年不在单位，工资照领，考核照样"称职"。我们怀疑有人给${v.he}打掩护，请组织部门认真查处。`,
      (v) =>
        `${v.unit}的${v.name}挂名上班，实际上在县城开了一家店自己经营，单位的活都推给别人干，每月照样领全额工资和绩效，群众说这就是"吃空饷"。`,
    ],
    fact: () => `长期脱岗、违规兼职取酬`,
  },
  {
    key: 'housing_repair',
    units: villages,
    posts: [0],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity', 'mass'],
    routes: ['discipline', 'investigate'],
    amount: [3, 15],
    summary: (v) => `反映${v.unit}${v.position}${v.name}索要危房改造补助"好处费"`,
    bodies: [
      (v) =>
        `${v.when}我家申请农村危房改造，补助资金${v.small}0元下来后，村党支部书记${v.name}说是${v.he}"跑下来的"，要求每户拿出三分之一给${v.he}当"辛苦费"。我们村有${v.count}户都交了钱，不给的下次就不让申报。`,
      (v) =>
        `${v.unit}的危房改造名额被村干部拿来做人情，有的户房子根本不危也报上去了，补助款到手后和${v.name}分成，真正住危房的老人却没有评上。`,
      (v) =>
        `${v.unit}评危房改造时，${v.name}先让想申报的户每家交${v.small}元"材料费"，说是请人做鉴定用，可从来没见过鉴定的人。交了钱的都评上了，没交的一户也没评上。`,
    ],
    fact: () => `在农村危房改造中索要"好处费"、优亲厚友`,
  },
  {
    key: 'training_subsidy',
    units: ['县人社局', '县农业农村局'],
    posts: [1, 2],
    accused: 'person',
    focus: 'corruption',
    disciplines: ['integrity', 'work'],
    routes: ['investigate'],
    amount: [20, 90],
    summary: (v) => `反映${v.unit}对就业培训补贴审核把关不严、培训机构虚报冒领`,
    bodies: [
      (v) =>
        `${v.unit}委托的职业技能培训机构${v.company}虚报培训人数，很多"学员"只是被叫去签个名、拍张照就走了，每人领几十元误工费，培训补贴却按每人${v.small}元申领。${v.position}${v.name}负责审核，明知有问题照样拨付。`,
      (v) =>
        `${v.company}举办的就业培训班是走过场，${v.when}一期培训名单上有${v.count * 10}人，实际来的不到一半。${v.unit}的审核人员每次都被机构老板请去吃饭。`,
    ],
    fact: () => `对就业培训补贴审核把关不严、纵容培训机构虚报冒领`,
  },
  {
    key: 'nursing_home',
    units: ['县民政局', '柳林乡', '石桥镇'],
    posts: [1, 0],
    accused: 'both',
    focus: 'conduct',
    disciplines: ['mass', 'work'],
    routes: ['investigate'],
    amount: [5, 20],
    summary: (v) => `反映${v.place}敬老院管理混乱、克扣特困老人生活费`,
    bodies: [
      (v) =>
        `${v.place}敬老院的伙食越来越差，老人们一个月吃不上几回肉，可上级拨的供养经费每人每月${v.small}元一分没少。院长是${v.name}介绍来的亲戚，经常把院里的米面油拿回家。${v.unit}监管不力。`,
      (v) =>
        `${v.unit}对敬老院的监管流于形式，老人们反映的问题没人处理。敬老院护工不足，院长还虚报护工人数领工资。`,
    ],
    fact: () => `对敬老院监管不力、特困供养经费被克扣`,
  },
  {
    key: 'poverty_relocation',
    units: ['县农业农村局', '青山乡', '柳林乡'],
    posts: [0, 1],
    accused: 'both',
    focus: 'corruption',
    disciplines: ['integrity', 'mass'],
    routes: ['investigate'],
    amount: [60, 400],
    summary: (v) => `反映${v.unit}扶贫产业项目虚报套取资金`,
    bodies: [
      (v) =>
        `${v.when}，${v.unit}申报的扶贫产业项目"${v.place}中药材种植基地"，上报种植面积五百亩，实际种了不到两百亩，获得扶贫专项资金${v.amount}万元。承包的${v.company}和${v.position}${v.name}关系密切，项目验收时只看了路边的几块地。`,
      (v) =>
        `${v.unit}搞的扶贫车间建好后就没开过工，设备落满了灰，却以"带动脱贫户就业"的名义领了奖补资金。${v.name}让村里找几个脱贫户签了务工名单，实际上他们一天班也没上过。`,
    ],
    fact: () => `虚报扶贫产业项目、套取扶贫专项资金`,
    finding: (v) =>
      `${v.unit}扶贫产业项目实际完成面积与申报严重不符，多拨付扶贫专项资金约${v.amount}万元`,
  },
  // Out of scope (巡察受理范围之外): not accepted, with the way to turn instead.
  {
    key: 'neighbour_dispute',
    units: villages,
    posts: [0],
    accused: 'person',
    focus: null,
    disciplines: [],
    routes: ['reject'],
    amount: [1, 2],
    summary: (v) => `反映与邻居宅基地纠纷${v.unit}调解不公`,
    bodies: [
      (v) =>
        `我和邻居因为宅基地界线起了纠纷，邻居盖房占了我家一米多宽的地方。找村里调解了三次，村支书${v.name}每次都说"乡里乡亲的，互相让一让"，明显偏袒对方。请巡察组给我主持公道，让邻居把墙拆了。`,
      (v) =>
        `我家和邻居为了一条排水沟吵了好几年，村里调解不了了之，镇司法所也来过，一直没有结果。希望巡察组出面，让${v.unit}给我们彻底解决。`,
      (v) =>
        `邻居盖新房时挖地基，把我家老宅的后墙挖得开裂，下雨就漏水。我找邻居赔偿，邻居不理；找村里，${v.name}让我们"自己协商"。我年纪大了，折腾不起，请巡察组给评评理。`,
    ],
    fact: () => `宅基地相邻权纠纷调处问题`,
    rejection: {
      reason: '反映事项系村民之间宅基地相邻关系纠纷，不属于巡察受理范围',
      advice: '通过人民调解、申请镇人民政府处理或向人民法院起诉等途径依法解决',
    },
  },
  {
    key: 'court_ruling',
    units: ['县自然资源局', '县农业农村局'],
    posts: [0],
    accused: 'unit',
    focus: null,
    disciplines: [],
    routes: ['reject'],
    amount: [1, 2],
    summary: (v) => `反映不服${v.unit}土地确权结果及法院判决`,
    bodies: [
      (v) =>
        `我家承包的${v.count}亩地在${v.when}确权时被划给了别人，我对${v.unit}的确权结果不服，打了官司也输了。我认为判决不公，请求巡察组推翻判决，把地还给我。`,
      (v) =>
        `关于我家土地承包经营权纠纷一案，法院已经判了，但我始终不服。${v.unit}确权时没有到现场核实，只凭村里报的材料就定了。请巡察组重新调查。`,
    ],
    fact: () => `土地承包经营权确权争议`,
    rejection: {
      reason: '反映事项已经人民法院判决生效，属涉法涉诉事项，不属于巡察受理范围',
      advice: '依法通过申请再审、向人民检察院申请法律监督等法定途径解决',
    },
  },
  {
    key: 'wage_arrears',
    units: ['县住建局'],
    posts: [0],
    accused: 'company',
    focus: null,
    disciplines: [],
    routes: ['reject'],
    amount: [8, 40],
    summary: (v) => `反映${v.company}拖欠农民工工资`,
    bodies: [
      (v) =>
        `我们${v.count + 8}名工人在${v.company}的工地干活，${v.when}以来工资一直没发，一共${v.amount}万元。老板一直拖着，说工程款没结。请巡察组帮我们讨回血汗钱。`,
      (v) =>
        `${v.company}拖欠我们农民工工资大半年，去找老板，老板避而不见。马上要过年了，家里等着钱用，请政府帮我们解决。`,
    ],
    fact: () => `企业拖欠劳动报酬问题`,
    rejection: {
      reason: '反映事项系企业拖欠劳动报酬，属劳动保障监察职责范围，不属于巡察受理范围',
      advice: '向县人社局劳动保障监察大队投诉或申请劳动人事争议仲裁，我办已将情况通报县人社局',
    },
  },
  {
    key: 'vague',
    units: [...townships, '县住建局', '县自然资源局'],
    posts: [0],
    accused: 'unit',
    focus: 'conduct',
    disciplines: [],
    routes: ['reject'],
    amount: [1, 2],
    summary: (v) => `反映${v.unit}干部作风差`,
    bodies: [
      (v) =>
        `${v.unit}的干部没几个好的，都是拿钱办事，老百姓办点事比登天还难。请上级把他们全部撤职查办，还清河县一片蓝天。`,
      (v) => `${v.unit}那些当官的整天不干正事，群众的事没人管，请巡察组好好查一查，一个也别放过。`,
      (v) =>
        `现在${v.unit}的风气坏透了，办事要送礼，不送不办，干部上班玩手机、下班进饭店。老百姓敢怒不敢言，希望上级派人好好整治。`,
    ],
    fact: () => `干部作风问题`,
    rejection: {
      reason: '反映内容笼统，未提供具体人员和具体事实，无法开展核查',
      advice: '补充被反映人的具体问题、时间、地点等线索后再行反映',
    },
  },
  {
    key: 'pension',
    units: ['县人社局'],
    posts: [0],
    accused: 'unit',
    focus: null,
    disciplines: [],
    routes: ['reject'],
    amount: [1, 2],
    summary: () => `反映本人退休待遇核定有误`,
    bodies: [
      (v) =>
        `我是县属企业的退休职工，退休时工龄少算了${v.count}年，导致退休金每月少了好几百元。找了原单位和${v.unit}多次，都说"按政策办"。请巡察组帮我解决待遇问题。`,
      (v) =>
        `我${v.when}办理退休，${v.unit}核定养老金时没有认定我在乡办企业的工龄，我有当年的工资表可以证明。请求巡察组督促重新核定。`,
    ],
    fact: () => `个人退休待遇核定诉求`,
    rejection: {
      reason: '反映事项为个人退休待遇核定诉求，属县人社局职责范围，不属于巡察受理范围',
      advice: '持相关证明材料向县人社局申请复核，对复核结果不服的可依法申请行政复议',
    },
  },
];

export const projectsByUnit: Record<string, readonly string[]> = {
  县住建局: ['城区老旧小区改造工程', '城关镇污水管网改造工程', '县城集中供热管网扩建工程'],
  县交通运输局: ['县道X032线大中修工程', '农村公路提档升级工程', '柳林乡至青山乡公路改建工程'],
  县水利局: ['河西镇灌区节水改造项目', '清河堤防加固工程', '农村饮水安全巩固提升工程'],
  清河县城市建设投资有限公司: ['清河新区安置房二期工程', '滨河公园景观工程', '城东棚户区改造项目'],
  清河县公共资源交易中心: ['县第二实验小学教学楼建设项目', '县人民医院门诊楼装修工程'],
  县教育局: ['县第二实验小学教学楼建设项目', '农村学校校舍维修工程', '校园安防设备采购项目'],
  县卫健局: ['乡镇卫生院设备采购项目', '县人民医院门诊楼装修工程'],
  清河县水务集团有限公司: ['农村饮水安全巩固提升工程', '城区供水管网改造工程'],
  县自然资源局: ['工业园区扩区项目', '清河新区安置房二期工程'],
};
/** Projects of a township or village, by place name. */
export const localProjects = [
  (place: string) => `${place}美丽乡村建设项目`,
  (place: string) => `${place}高标准农田建设项目`,
  (place: string) => `${place}村内道路硬化工程`,
  (place: string) => `${place}农村人居环境整治项目`,
];

export const companies = [
  '清河县宏达建筑工程有限公司',
  '清河县鑫源建设工程有限公司',
  '安平县恒泰路桥工程有限公司',
  '清河县永盛市政工程有限公司',
  '清河县广厦装饰工程有限公司',
  '清河县金穗农业开发有限公司',
  '清河县润丰水利工程有限公司',
  '清河县华康医疗器械有限公司',
  '永宁县瑞达商贸有限公司',
  '清河县建工劳务有限公司',
];
export const trainingSchool = '清河县启航职业技能培训学校';
export const hotels = ['清河宾馆', '御景大酒店', '河畔人家酒楼', '金泰大酒店'];
export const relatives = ['妻弟', '侄子', '外甥', '女婿', '表弟', '儿子', '连襟'];
export const streets = ['建设路', '人民街', '府前街', '解放路', '育才路', '滨河路'];

/** Given names for petitioners, apart from the cadres' (demo-county.ts) so nobody is both. */
export const petitionerGivenNames = [
  '德福',
  '秀兰',
  '长林',
  '玉兰',
  '桂芳',
  '铁柱',
  '金山',
  '小红',
  '春花',
  '志刚',
  '国庆',
  '建军',
  '瑞芳',
  '满仓',
  '福生',
  '翠英',
  '新民',
  '卫国',
  '淑珍',
  '永福',
  '长顺',
  '爱民',
  '保国',
  '凤兰',
  '学文',
  '振兴',
  '红霞',
  '秋菊',
  '二虎',
  '素琴',
];

export const namedOpenings = [
  (self: string) => `我是${self}，现实名向巡察组反映如下问题：`,
  (self: string) => `本人系${self}，就以下问题进行实名举报，请予核查。`,
  (self: string) => `尊敬的巡察组领导：我是${self}，有些情况向你们反映。`,
  (self: string) => `县委巡察办：本人是${self}，反映以下情况。`,
];
export const anonymousOpenings = [
  '因担心打击报复，不便署名，现反映如下问题：',
  '尊敬的领导：我是一名知情群众，出于对党组织的信任，现举报以下问题。',
  '巡察组领导：有些情况憋在心里很久了，今天匿名反映一下。',
  '致县委巡察办：以下问题群众议论很多，请组织上认真查一查。',
];
export const namedClosings = [
  '以上情况属实，如有不实，本人愿意承担相应责任。',
  '相关照片和转账记录我可以提供，请与我联系。',
  '恳请巡察组调查核实，给群众一个明白。',
  '我们相信组织，盼望早日得到答复。',
];
export const anonymousClosings = [
  '希望组织上认真查处，还群众一个公道。',
  '请上级领导高度重视，严肃查处。',
  '此事在当地影响很坏，群众意见很大。',
  '知情人很多，一查便知。',
];
/**
 * What letters add around the allegation: how long it has gone on, who knows, what people say.
 * One or two per petition, so that two letters on the same kind of problem read differently.
 */
export const detailSentences: readonly ((v: TextVars) => string)[] = [
  () => '这件事在当地早就传开了，大家私下议论纷纷。',
  () => '我们曾经向单位领导口头反映过，一直没有下文。',
  () => '知情人不止一个，巡察组一问便知。',
  () => '群众认为这是在败坏党和政府的形象。',
  () => '有人说反映了也没用，我不信，所以写了这份材料。',
  (v) => `${v.when}以后，情况比以前更加严重。`,
  () => '事情发生后，有人出面打招呼，让知情人不要乱说。',
  () => '我们反映的情况都是亲眼所见、亲耳所闻。',
  () => '这样的干部不处理，群众心里不服。',
  () => '另外，有关账目中还有一些支出不清不楚，也请一并查一查。',
  () => '据了解，类似情况已经持续两三年了。',
  () => '当事人还放话说"上面有人，告也没用"。',
  () => '我们担心时间长了证据被销毁，请尽快核查。',
  (v) => `在${v.place}随便找几个人问问就清楚了。`,
  () => '请不要把举报材料转给被举报人，以免遭到打击报复。',
  () => '前些年也有人反映过，最后不了了之。',
  (v) => `${v.name}平时在群众中口碑就不好。`,
  () => '为此，群众多次聚在一起议论，情绪比较大。',
  () => '我们要求的不多，只希望按政策办事、公平公正。',
  () => '有关票据和名单复印件随信附上。',
];

/** How a repeated petition says it is one (重复举报). */
export const repeatPhrases = [
  '这个问题我之前已经反映过，到现在还没有结果，现再次反映：',
  '此前曾向有关部门反映，至今未见处理，只好再次举报：',
  '上次反映后一直没有回音，问题依然存在，再反映一次：',
];

/** Small word swaps so a repeat is paraphrased, not copied. */
export const paraphrases: readonly (readonly [string, string])[] = [
  ['群众', '老百姓'],
  ['多次', '好几次'],
  ['至今', '到现在'],
  ['明显', '很明显'],
  ['反映', '举报'],
  ['请巡察组', '恳请巡察组'],
  ['实际上', '其实'],
  ['据说', '听说'],
];

export const focusLabel: Record<Focus, string> = {
  corruption: '腐败',
  conduct: '作风',
  discipline: '纪律',
  personnel: '选人用人',
};

export const outcomeText: Record<Outcome, string> = {
  true: '反映问题基本属实',
  partly: '反映问题部分属实',
  false: '反映问题不属实',
};

/** 调查报告摘要. */
export function reportOpinion(
  t: ProblemTemplate,
  v: TextVars,
  outcome: Outcome,
  talks: number,
): string {
  const found = t.finding ? t.finding(v) : `${v.unit}确实存在${t.fact(v)}的情况`;
  switch (outcome) {
    case 'true':
      return `调查报告：经调取相关账目、合同和会议记录，与${talks}名知情人个别谈话，反映${v.name}${t.fact(v)}的问题基本属实。查明：${found}。建议将问题线索移交县纪委监委依规依纪处理，并责成${v.unit}党组织限期整改。`;
    case 'partly':
      return `调查报告：经查阅资料、实地走访和与${talks}名干部群众谈话，反映问题部分属实。${found}，但情节较轻；反映的其余问题缺乏事实依据。建议对${v.name}进行提醒谈话，责成${v.unit}举一反三、完善制度。`;
    case 'false':
      return `调查报告：经查阅相关档案资料，走访${talks}名干部群众，未发现${v.name}${t.fact(v)}的问题，反映不属实。建议予以了结，并向${v.unit}说明情况，为${v.name}澄清正名。`;
  }
}

/** 审定意见. */
export function reviewOpinion(v: TextVars, outcome: Outcome): string {
  switch (outcome) {
    case 'true':
      return `同意调查报告意见。问题线索按程序移交县纪委监委，责成${v.unit}党组织认真整改，整改情况报县委巡察办。请按规定答复信访人。`;
    case 'partly':
      return `同意调查结论。由县委巡察办对${v.name}进行提醒谈话，督促${v.unit}完善相关制度，按期答复信访人。`;
    case 'false':
      return `同意调查结论，予以了结。请向信访人做好解释说明，并在一定范围内为${v.name}澄清正名。`;
  }
}

/** 转办后收到的办理结果回复, by the receiving department. */
export function replyOpinion(
  to: 'discipline' | 'organization',
  t: ProblemTemplate,
  v: TextVars,
  outcome: Outcome,
): string {
  if (to === 'discipline') {
    switch (outcome) {
      case 'true':
        return `县纪委监委回复：经初步核实，${v.name}${t.fact(v)}的问题基本属实，已对其立案审查，给予党内严重警告处分，违纪款项已收缴（第三种形态）。`;
      case 'partly':
        return `县纪委监委回复：经谈话函询，${v.name}对相关问题作了说明，所反映问题部分属实，已对其批评教育并责令作出书面检查（第一种形态）。`;
      case 'false':
        return `县纪委监委回复：经初步核实，反映${v.name}的问题缺乏事实依据，予以了结，并已向其所在单位澄清。`;
    }
  }
  switch (outcome) {
    case 'true':
      return `县委组织部回复：经调阅干部人事档案、核查任职程序，反映${v.name}${t.fact(v)}的问题属实，已按程序免去其现任职务，并约谈${v.unit}主要负责人。`;
    case 'partly':
      return `县委组织部回复：经核查，反映问题部分属实，已责令${v.unit}纠正，对${v.name}进行诫勉谈话。`;
    case 'false':
      return `县委组织部回复：经调阅原始档案、走访核实，未发现反映的问题，予以了结。`;
  }
}

/** 答复内容 to the petitioner. */
export function answerContent(
  topic: string,
  route: Route,
  outcome: Outcome,
  extra: { department?: string; reply?: string; rejection?: string; advice?: string },
): string {
  const thanks = '感谢您对巡察工作的支持和监督。';
  if (route === 'reject') {
    return `您反映的“${topic}”事项，${extra.rejection ?? '不属于巡察受理范围'}。建议您${extra.advice ?? '向有关部门反映'}。${thanks}`;
  }
  if (route !== 'investigate') {
    return `您反映的“${topic}”问题，我办已根据干部管理权限转${extra.department}办理。${extra.department}办理结果：${(extra.reply ?? '').replace(/^.*?回复：/, '')}${thanks}`;
  }
  const result = {
    true: '反映问题基本属实，相关问题线索已依规移交有关部门处理，责任单位正在整改。',
    partly: '反映问题部分属实，已督促相关单位整改；其余问题经核查缺乏事实依据。',
    false: '未发现反映的问题。如您有新的事实和证据，欢迎继续向我们反映。',
  }[outcome];
  return `您反映的“${topic}”问题，经县委巡察办组织调查核实，${result}${thanks}`;
}

export const approveOpinions = [
  '同意拟办意见。请注意保护信访人信息，严格按时限办理。',
  '同意。请抓紧调查核实，重要情况及时报告。',
  '阅。同意按程序办理，办理结果报我。',
  '同意拟办意见，请跟踪督办，确保件件有着落。',
];
export const transferApproveOpinions = [
  '同意转办，请跟踪督办，按期收回办理结果。',
  '同意。按干部管理权限转办，转办后做好跟踪。',
];
export const returnOpinion =
  '线索要素不全，请与信访人进一步联系，补充被反映人的具体问题和证据后重新提出拟办意见。';
export const extendOpinion = (days: number) =>
  `该件涉及多个项目的资金往来，需调取银行流水和工程结算资料，调查工作量大，同意延长办理期限${days}日。`;
export const archiveOpinions = [
  '答复已送达，调查报告、审定意见等材料齐全，整理立卷归档。',
  '办理完毕，材料齐全，归档。',
];
