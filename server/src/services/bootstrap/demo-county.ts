/** The fictional 清河县 of the demo: units, cadres' posts and the people who fill them. */

type UnitType =
  | 'party_committee'
  | 'department'
  | 'township'
  | 'village'
  | 'community'
  | 'enterprise'
  | 'institution'
  | 'school'
  | 'hospital';

export interface DemoUnit {
  name: string;
  type: UnitType;
  parent?: string;
  region: string;
  posts: [position: string, leader: boolean][];
}

const bureau = (name: string): DemoUnit => ({
  name,
  type: 'department',
  region: '清河县',
  posts: [
    ['党组书记、局长', true],
    ['党组成员、副局长', true],
    ['办公室主任', false],
  ],
});
const township = (name: string, kind = '镇'): DemoUnit => ({
  name,
  type: 'township',
  region: `清河县${name}`,
  posts: [
    [`${kind}党委书记`, true],
    [`${kind}长`, true],
    [`${kind}纪委书记`, true],
  ],
});
const village = (name: string, parent: string, type: UnitType = 'village'): DemoUnit => ({
  name: `${parent}${name}`,
  type,
  parent,
  region: `清河县${parent}`,
  posts:
    type === 'community'
      ? [
          ['社区党委书记、居委会主任', true],
          ['社区居委会副主任', false],
        ]
      : [
          ['村党支部书记、村委会主任', true],
          ['村会计', false],
        ],
});
const enterprise = (name: string, type: UnitType = 'enterprise'): DemoUnit => ({
  name,
  type,
  region: '清河县',
  posts:
    type === 'enterprise'
      ? [
          ['党委书记、董事长', true],
          ['总经理', true],
          ['财务总监', false],
        ]
      : type === 'school'
        ? [
            ['党委书记', true],
            ['校长', true],
          ]
        : type === 'hospital'
          ? [
              ['党委书记', true],
              ['院长', true],
              ['副院长', true],
            ]
          : [
              ['党组书记、主任', true],
              ['副主任', true],
            ],
});

export const demoUnits: DemoUnit[] = [
  bureau('县住建局'),
  bureau('县财政局'),
  bureau('县教育局'),
  bureau('县卫健局'),
  bureau('县民政局'),
  bureau('县人社局'),
  bureau('县自然资源局'),
  bureau('县农业农村局'),
  bureau('县水利局'),
  bureau('县交通运输局'),
  bureau('县市场监管局'),
  township('城关镇'),
  township('河西镇'),
  township('石桥镇'),
  township('柳林乡', '乡'),
  township('青山乡', '乡'),
  village('东关村', '城关镇'),
  village('西街社区', '城关镇', 'community'),
  village('王庄村', '河西镇'),
  village('前进村', '石桥镇'),
  village('李家村', '柳林乡'),
  village('张家坳村', '青山乡'),
  village('红星村', '青山乡'),
  enterprise('清河县城市建设投资有限公司'),
  enterprise('清河县水务集团有限公司'),
  enterprise('清河县农村商业银行'),
  enterprise('清河县第一中学', 'school'),
  enterprise('清河县人民医院', 'hospital'),
  enterprise('清河县供销合作社', 'institution'),
  enterprise('清河县公共资源交易中心', 'institution'),
];

export const demoDepartments = [
  ['县委巡察办', 'inspection_office', true],
  ['县纪委监委', 'discipline_commission', true],
  ['县委组织部', 'organization_department', true],
  ['县信访局', 'petition_bureau', true],
  ['县审计局', 'audit_bureau', false],
  ['县公安局', 'public_security', false],
  ['县人民检察院', 'procuratorate', false],
  ['县人民法院', 'court', false],
  // A competent department without accounts: clues transferred to it are served on paper.
  ['县住房和城乡建设局', 'competent_department', false],
] as const;

export const surnames =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
export const givenNames = [
  '建国',
  '海燕',
  '志强',
  '秀英',
  '国华',
  '丽娟',
  '文斌',
  '红梅',
  '永刚',
  '晓明',
  '桂兰',
  '德明',
  '玉珍',
  '春生',
  '爱华',
  '卫东',
  '淑芬',
  '俊杰',
  '凤英',
  '明辉',
  '雪梅',
  '振华',
  '晓燕',
  '立新',
  '金凤',
  '宏伟',
  '静',
  '磊',
  '敏',
  '勇',
  '芳',
  '军',
  '伟',
  '娜',
  '强',
  '艳',
  '杰',
  '涛',
  '超',
  '霞',
];

export const specialties = ['财务', '审计', '法律', '工程', '组织人事', '纪检', '农业农村', '信访'];
export const inspectorRanks = [
  '一级主任科员',
  '二级主任科员',
  '三级主任科员',
  '四级主任科员',
  '科员',
  '副科长',
  '科长',
];
export const hometowns = [
  '城关镇',
  '河西镇',
  '石桥镇',
  '柳林乡',
  '青山乡',
  '邻县安平县',
  '邻县永宁县',
];
