// A deterministic synthetic digest in the content contract's format, for the benchmark.
// Same N → byte-identical files on every machine: a seeded PRNG, no clock, no locale.
import fs from 'node:fs';
import path from 'node:path';

/** Bump when the generated files change, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 4;
/** The "today" statuses are derived against in the benchmark (generated dates run up to just before it). */
export const BENCH_TODAY = '2026-01-15';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof rng>;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
function weighted<T>(r: Rand, list: readonly (readonly [T, number])[]): T {
  const total = list.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of list) if ((x -= w) < 0) return v;
  return list[list.length - 1]![0];
}
const chance = (r: Rand, p: number) => r() < p;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// ---------------------------------------------------------------------------------------------
// Vocabulary: the seed content's authorities and topics, plus local offices and subjects in the
// same register, each with its Chinese equivalent so Chinese titles read like the real ones.

/** The seed's 15 authorities, as in content/authorities (kept here so the corpus never drifts with content/). */
const SEED_AUTHORITIES: Authority[] = [
  { id: 'cac', name: 'Cyberspace Administration of China', abbr: 'CAC', nameZh: '国家互联网信息办公室', aliases: ['Office of the Central Cyberspace Affairs Commission', '中央网络安全和信息化委员会办公室', '中央网信办', '网信办', '国家网信办'], level: 'ministry', url: 'https://www.cac.gov.cn' },
  { id: 'miit', name: 'Ministry of Industry and Information Technology', abbr: 'MIIT', nameZh: '工业和信息化部', aliases: ['工信部'], level: 'ministry', url: 'https://www.miit.gov.cn' },
  { id: 'samr', name: 'State Administration for Market Regulation', abbr: 'SAMR', nameZh: '国家市场监督管理总局', aliases: ['市场监管总局'], level: 'ministry', url: 'https://www.samr.gov.cn' },
  { id: 'ndrc', name: 'National Development and Reform Commission', abbr: 'NDRC', nameZh: '国家发展和改革委员会', aliases: ['国家发展改革委', '国家发改委', '发改委'], level: 'ministry', url: 'https://www.ndrc.gov.cn' },
  { id: 'nea', name: 'National Energy Administration', abbr: 'NEA', nameZh: '国家能源局', aliases: [], level: 'ministry', url: 'https://www.nea.gov.cn' },
  { id: 'tc260', name: 'National Information Security Standardization Technical Committee', abbr: 'TC260', nameZh: '全国信息安全标准化技术委员会', aliases: ['信安标委', '全国网络安全标准化技术委员会', '网安标委'], level: 'standards-body', url: 'https://www.tc260.org.cn' },
  { id: 'spc', name: "Supreme People's Court", abbr: 'SPC', nameZh: '最高人民法院', aliases: ['最高法'], level: 'court', url: 'https://www.court.gov.cn' },
  { id: 'state-council', name: 'State Council', nameZh: '国务院', aliases: ["State Council of the People's Republic of China", '中华人民共和国国务院'], level: 'state-council', url: 'https://www.gov.cn' },
  { id: 'cpc-central-committee', name: 'Central Committee of the Communist Party of China', abbr: 'CPC Central Committee', nameZh: '中共中央', aliases: ['Central Committee of the CPC', '中国共产党中央委员会', 'Party Central Committee'], level: 'party' },
  { id: 'beijing-npc-standing-committee', name: "Standing Committee of the Beijing Municipal People's Congress", nameZh: '北京市人民代表大会常务委员会', aliases: ["Beijing Municipal People's Congress Standing Committee", '北京市人大常委会'], level: 'legislature', region: 'Beijing' },
  { id: 'shanghai-economy-informatization-commission', name: 'Shanghai Municipal Commission of Economy and Informatization', nameZh: '上海市经济和信息化委员会', aliases: ['上海市经信委'], level: 'local', region: 'Shanghai' },
  { id: 'cac-shanghai', name: 'CAC Shanghai Office', nameZh: '上海市互联网信息办公室', aliases: ['CAC, Shanghai Office', 'Shanghai Municipal Cyberspace Administration', '上海市网信办'], level: 'local', parent: 'cac', region: 'Shanghai' },
  { id: 'cac-zhejiang', name: 'CAC Zhejiang Office', nameZh: '浙江省互联网信息办公室', aliases: ['CAC, Zhejiang Office', 'Zhejiang Provincial Cyberspace Administration', '浙江省网信办'], level: 'local', parent: 'cac', region: 'Zhejiang' },
  { id: 'chongzhou-court', name: "People's Court of Chongzhou City", nameZh: '崇州市人民法院', aliases: ["Primary People's Court of Chongzhou City", "Chongzhou People's Court"], level: 'court', region: 'Sichuan' },
  { id: 'hangzhou-internet-court', name: 'Hangzhou Internet Court', nameZh: '杭州互联网法院', aliases: [], level: 'court', region: 'Zhejiang' },
];

type Authority = {
  id: string;
  name: string;
  abbr?: string;
  nameZh: string;
  aliases: string[];
  level: string;
  parent?: string;
  region?: string;
  url?: string;
};

/** Provinces and municipalities: [slug, English, Chinese, province suffix]. */
const REGIONS = [
  ['beijing', 'Beijing', '北京', '市'], ['shanghai', 'Shanghai', '上海', '市'], ['tianjin', 'Tianjin', '天津', '市'], ['chongqing', 'Chongqing', '重庆', '市'],
  ['guangdong', 'Guangdong', '广东', '省'], ['zhejiang', 'Zhejiang', '浙江', '省'], ['jiangsu', 'Jiangsu', '江苏', '省'], ['shandong', 'Shandong', '山东', '省'],
  ['sichuan', 'Sichuan', '四川', '省'], ['fujian', 'Fujian', '福建', '省'], ['hubei', 'Hubei', '湖北', '省'], ['hunan', 'Hunan', '湖南', '省'],
  ['henan', 'Henan', '河南', '省'], ['hebei', 'Hebei', '河北', '省'], ['anhui', 'Anhui', '安徽', '省'], ['shaanxi', 'Shaanxi', '陕西', '省'],
  ['liaoning', 'Liaoning', '辽宁', '省'], ['hainan', 'Hainan', '海南', '省'], ['guizhou', 'Guizhou', '贵州', '省'], ['yunnan', 'Yunnan', '云南', '省'],
  ['jiangxi', 'Jiangxi', '江西', '省'], ['shanxi', 'Shanxi', '山西', '省'], ['jilin', 'Jilin', '吉林', '省'], ['heilongjiang', 'Heilongjiang', '黑龙江', '省'],
  ['gansu', 'Gansu', '甘肃', '省'],
] as const;

/** Local offices and courts (the "include local offices" families), generated per region. */
function localAuthorities(): Authority[] {
  const out: Authority[] = [];
  for (const [slug, en, zh, suffix] of REGIONS) {
    const full = `${zh}${suffix}`;
    if (slug !== 'shanghai' && slug !== 'zhejiang') {
      out.push({ id: `cac-${slug}`, name: `CAC ${en} Office`, nameZh: `${full}互联网信息办公室`, aliases: [`CAC, ${en} Office`, `${full}网信办`], level: 'local', parent: 'cac', region: en });
    }
    out.push({ id: `samr-${slug}`, name: `${en} Administration for Market Regulation`, nameZh: `${full}市场监督管理局`, aliases: [`${full}市场监管局`], level: 'local', parent: 'samr', region: en });
    out.push({ id: `ca-${slug}`, name: `${en} Communications Administration`, nameZh: `${full}通信管理局`, aliases: [], level: 'local', parent: 'miit', region: en });
    out.push({ id: `${slug}-high-court`, name: `${en} High People's Court`, nameZh: `${full}高级人民法院`, aliases: [], level: 'court', region: en });
  }
  out.push({ id: 'beijing-internet-court', name: 'Beijing Internet Court', nameZh: '北京互联网法院', aliases: [], level: 'court', region: 'Beijing' });
  out.push({ id: 'guangzhou-internet-court', name: 'Guangzhou Internet Court', nameZh: '广州互联网法院', aliases: [], level: 'court', region: 'Guangdong' });
  out.push({ id: 'shanghai-data-bureau', name: 'Shanghai Municipal Data Bureau', nameZh: '上海市数据局', aliases: ['上海市大数据中心'], level: 'local', region: 'Shanghai' });
  out.push({ id: 'national-data-administration', name: 'National Data Administration', abbr: 'NDA', nameZh: '国家数据局', aliases: [], level: 'ministry', parent: 'ndrc' });
  out.push({ id: 'mps', name: 'Ministry of Public Security', abbr: 'MPS', nameZh: '公安部', aliases: [], level: 'ministry' });
  out.push({ id: 'spp', name: "Supreme People's Procuratorate", abbr: 'SPP', nameZh: '最高人民检察院', aliases: ['最高检'], level: 'procuratorate' });
  out.push({ id: 'npcsc', name: "Standing Committee of the National People's Congress", abbr: 'NPCSC', nameZh: '全国人民代表大会常务委员会', aliases: ['全国人大常委会'], level: 'legislature' });
  return out;
}

/** The seed's topic vocabulary (content/topics.yml), frozen here. */
const TOPICS = [
  ['ai', 'Artificial Intelligence', '人工智能'], ['generative-ai', 'Generative AI', '生成式人工智能'], ['algorithms', 'Algorithms', '算法'],
  ['personal-information', 'Personal Information', '个人信息'], ['cross-border-data', 'Cross-Border Data Transfer', '数据跨境'],
  ['data-security', 'Data Security', '数据安全'], ['data-property', 'Data Property Rights', '数据产权'], ['data-trading', 'Data Circulation & Trading', '数据流通交易'],
  ['public-data', 'Public Data', '公共数据'], ['cybersecurity', 'Cybersecurity', '网络安全'], ['critical-infrastructure', 'Critical Information Infrastructure', '关键信息基础设施'],
  ['automotive-data', 'Automotive Data', '汽车数据'], ['industrial-internet', 'Industrial Internet', '工业互联网'], ['online-content', 'Online Content', '网络内容'],
  ['minors', 'Minors', '未成年人'], ['advertising', 'Advertising', '广告'], ['consumer-protection', 'Consumer Protection', '消费者权益保护'],
  ['competition', 'Competition', '竞争'], ['digital-economy', 'Digital Economy', '数字经济'], ['nft-digital-assets', 'NFTs & Digital Collections', '数字藏品'],
  ['intellectual-property', 'Intellectual Property', '知识产权'], ['judicial-practice', 'Judicial Practice', '司法实践'], ['standards', 'Standards', '标准'],
  ['telecom', 'Telecommunications', '电信'], ['platforms', 'Online Platforms', '网络平台'], ['fintech', 'Fintech', '金融科技'],
] as const;

/** The seed's glossary (content/glossary.yml), frozen here. */
const GLOSSARY: readonly (readonly string[])[] = [
  ['PIPL', 'Personal Information Protection Law', '个人信息保护法'],
  ['DSL', 'Data Security Law', '数据安全法'],
  ['CSL', 'Cybersecurity Law', '网络安全法'],
  ['AML', 'Anti-Monopoly Law', '反垄断法'],
  ['Advertising Law', '广告法'],
  ['Civil Procedure Law', '民事诉讼法'],
  ['Criminal Law', '刑法'],
  ['Law on the Protection of Rights and Interests of Women', "Women's Rights and Interests Protection Law", '妇女权益保障法'],
  ['20 Data Measures', 'Twenty Data Measures', '数据二十条', 'Opinions on Building Basic Systems for Data to Maximize the Role of Data Elements', '关于构建数据基础制度更好发挥数据要素作用的意见'],
  ['SPC Opinions', 'Opinions on Regulating and Strengthening the Judicial Application of Artificial Intelligence', '关于规范和加强人工智能司法应用的意见'],
  ['MIIT Measures', 'Measures for Data Security Management in Industry and Information Technology Sector', '工业和信息化领域数据安全管理办法'],
  ['NEA Measures', 'Measures for Cybersecurity Management in the Power Industry', '电力行业网络安全管理办法'],
  ['Security Assessment Measures for Outbound Data Transfers', '数据出境安全评估办法'],
  ['Qinglang', 'Purifying the Online Environment', '清朗'],
  ['deep synthesis', 'deepfake', '深度合成'],
  ['personal information', 'PI', '个人信息'],
  ['critical information infrastructure', 'CII', '关键信息基础设施'],
  ['artificial intelligence', 'AI', '人工智能'],
  ['generative AI', 'generative artificial intelligence', 'GenAI', '生成式人工智能'],
  ['outbound data transfer', '数据出境'],
  ['cross-border data transfer', '数据跨境'],
  ['data security', '数据安全'],
  ['cybersecurity', '网络安全'],
  ['data elements', '数据要素'],
  ['data property rights', '数据产权'],
  ['public data', '公共数据'],
  ['industrial internet', '工业互联网'],
  ['digital economy', '数字经济'],
  ['NFT', 'non-fungible token', '非同质化通证', '非同质化代币'],
  ['digital collection', '数字藏品'],
  ['mobile internet application', 'app', '移动互联网应用程序'],
  ['personal safety protection order', '人身安全保护令'],
  ['guiding case', '指导性案例'],
  ['minors', '未成年人'],
];

/** Subjects: English, Chinese, slug words, topics. */
const SUBJECTS: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['Data Security', '数据安全', 'data-security', ['data-security']],
  ['Personal Information Protection', '个人信息保护', 'personal-information', ['personal-information']],
  ['Outbound Data Transfers', '数据出境', 'outbound-data', ['cross-border-data']],
  ['Cross-border Processing Activities of Personal Information', '个人信息跨境处理活动', 'cross-border-pi', ['cross-border-data', 'personal-information']],
  ['Generative Artificial Intelligence Services', '生成式人工智能服务', 'generative-ai', ['generative-ai', 'ai']],
  ['Algorithmic Recommendation of Internet Information Services', '互联网信息服务算法推荐', 'algorithm-recommendation', ['algorithms', 'platforms']],
  ['Deep Synthesis of Internet Information Services', '互联网信息服务深度合成', 'deep-synthesis', ['ai', 'online-content']],
  ['Critical Information Infrastructure Security Protection', '关键信息基础设施安全保护', 'cii-protection', ['critical-infrastructure', 'cybersecurity']],
  ['Network Data', '网络数据', 'network-data', ['data-security']],
  ['Public Data', '公共数据', 'public-data', ['public-data']],
  ['Data Elements', '数据要素', 'data-elements', ['data-property', 'digital-economy']],
  ['Automobile Data Security', '汽车数据安全', 'automobile-data', ['automotive-data', 'data-security']],
  ['Industrial Internet Data', '工业互联网数据', 'industrial-internet', ['industrial-internet', 'data-security']],
  ['Mobile Internet Applications Information Services', '移动互联网应用程序信息服务', 'mobile-apps', ['online-content', 'platforms']],
  ['Online Live Streaming Marketing', '网络直播营销', 'live-streaming', ['advertising', 'consumer-protection']],
  ['Online Protection of Minors', '未成年人网络保护', 'minors-online', ['minors', 'online-content']],
  ['Internet Advertising', '互联网广告', 'internet-advertising', ['advertising']],
  ['Anti-Unfair Competition in the Internet Sector', '网络反不正当竞争', 'unfair-competition', ['competition', 'platforms']],
  ['Anti-Monopoly Compliance of Platform Enterprises', '平台企业反垄断合规', 'platform-antitrust', ['competition', 'platforms']],
  ['Digital Economy', '数字经济', 'digital-economy', ['digital-economy']],
  ['Blockchain Information Services', '区块链信息服务', 'blockchain', ['online-content', 'fintech']],
  ['NFT Digital Collections', '数字藏品', 'nft', ['nft-digital-assets']],
  ['Telecommunications Services', '电信业务', 'telecom-services', ['telecom']],
  ['Cybersecurity Incident Reporting', '网络安全事件报告', 'incident-reporting', ['cybersecurity']],
  ['Facial Recognition Technology Applications', '人脸识别技术应用', 'facial-recognition', ['personal-information', 'ai']],
  ['Data Trading Venues', '数据交易场所', 'data-trading', ['data-trading', 'data-property']],
  ['Financial Technology', '金融科技', 'fintech', ['fintech']],
  ['Cloud Computing Services Security Assessment', '云计算服务安全评估', 'cloud-services', ['cybersecurity', 'standards']],
  ['Commercial Cryptography', '商用密码', 'cryptography', ['cybersecurity']],
  ['E-commerce Platforms', '电子商务平台', 'e-commerce', ['platforms', 'consumer-protection']],
  ['Internet Information Services', '互联网信息服务', 'internet-info-services', ['online-content']],
  ['Online Information Content Ecosystem Governance', '网络信息内容生态治理', 'content-ecosystem', ['online-content']],
  ['App Collection and Use of Personal Information', 'App违法违规收集使用个人信息', 'app-pi', ['personal-information', 'platforms']],
  ['Data Classification and Grading', '数据分类分级', 'data-classification', ['data-security', 'standards']],
  ['Network Product Security Vulnerabilities', '网络产品安全漏洞', 'vulnerabilities', ['cybersecurity']],
  ['Intellectual Property Protection of Data', '数据知识产权保护', 'data-ip', ['intellectual-property', 'data-property']],
];

const ADMIN = [
  ['Administration', '管理'], ['Security Management', '安全管理'], ['Security Assessment', '安全评估'], ['Supervision and Administration', '监督管理'],
  ['Filing', '备案'], ['Protection', '保护'], ['Promotion', '促进'], ['Compliance Audits', '合规审计'],
] as const;
const VERBS = [
  ['Regulating', '规范'], ['Strengthening', '加强'], ['Promoting the Development of', '促进…发展'], ['Further Improving', '进一步完善'], ['Accelerating', '加快'],
] as const;
const PROBLEMS = [
  ['Chaos', '乱象'], ['Illegal Collection of Personal Information', '违法违规收集个人信息'], ['Online Rumours', '网络谣言'], ['False Advertising', '虚假广告'],
  ['Harassing Calls', '骚扰电话'], ['Fake Reviews', '刷单炒信'], ['Cyber Violence', '网络暴力'], ['Online Fraud', '电信网络诈骗'],
] as const;
const FIELDS = [
  ['Mobile Internet Applications', '移动互联网应用程序'], ['Short Videos', '短视频'], ['Live Streaming', '网络直播'], ['Online Games', '网络游戏'],
  ['Search Engines', '搜索引擎'], ['Social Media Accounts', '社交媒体账号'], ['Mini Programs', '小程序'],
] as const;

const SYLLABLES = 'hua xin tian zhong bai teng jing mei du xun yun shu zhi kang tong da feng long rui an bo chen hai jia ming qi sheng wei yuan zhuo ling heng kai lian ding cheng xiang yi hong'.split(' ');
const COMPANY_KINDS = ['Technology Co., Ltd.', 'Network Technology Co., Ltd.', 'Information Technology Co., Ltd.', 'Culture Media Co., Ltd.', 'Data Services Co., Ltd.'];

// Sentences in the seed's register (paraphrased from its commentary), for bodies of realistic length.
const SENTENCES = [
  'The document treats data as a new production factor and as the groundwork for digitization, networking and intelligent applications.',
  'It sets out the overall requirements, including guiding ideas, basic principles and development goals in two stages.',
  'The measures signal that data security in this sector sits high on the regulator\'s agenda, and they answer public concern in good time.',
  'Because they take the form of departmental rules, they give supervision an institutional framework.',
  'Power enterprises are given a list of duties, including setting up a sound system of cybersecurity responsibility.',
  'The text has five chapters and 35 articles, covering general provisions, responsibilities and obligations, supervision and inspection, and supplementary provisions.',
  'Measured against the draft released earlier, the final version makes several main changes.',
  'It stresses that certification bodies keep a right to supervise cross-border processing of personal information on a continuing basis.',
  'It spells out the civil liability that personal information processors and overseas recipients bear for the rights and interests of personal information subjects.',
  'The campaign presses application distribution platforms to meet their responsibilities and to fix problems at every stage of an app\'s life.',
  'The court held that the assets in dispute are network virtual property protected by law, even though it dismissed the claim.',
  'What makes the case notable is the court\'s view of the asset and of the platform\'s duties.',
  'In all four cases the defendants committed the crime of infringing citizens\' personal information under Article 253 of the Criminal Law.',
  'The rules govern the disclosure, access, utilisation and security management of public data within the region.',
  'Two definitions sit at the core of the rules, and both draw on national standards.',
  'Judicial uses of AI are to follow five basic principles, among them security and legality, fairness and impartiality, and transparency.',
  'The guidelines are meant to strengthen and standardise supervision of, and enforcement against, commercial advertisements that use absolute terms.',
  'Taking the Advertising Law as their basis, the draft guidelines add implementation detail on supervision and enforcement.',
  'The draft defines industrial internet data as data generated and collected in industries that operate under the industrial internet model.',
  'It lays down the process, the methods and the criteria for checking how well faces and licence plates in captured images have been anonymised.',
  'Data processors are expected to assess the risks of their own outbound data transfers before they file for a security assessment.',
  'The materials filed for the security assessment should be complete, accurate and consistent.',
  'Operators of critical information infrastructure must report major cybersecurity incidents to the competent authorities without delay.',
  'The regulator will carry out spot checks and publish typical cases, and platforms that fail to rectify will be dealt with according to law.',
  'Violations may lead to warnings, confiscation of illegal gains, fines, suspension of business and revocation of licences.',
  'The provisions apply to providers of services to the public within the territory of the People\'s Republic of China.',
  'Service providers shall label generated content and keep logs of the algorithms they use for no less than six months.',
  'The authorities encourage industry associations to formulate self-discipline conventions and to guide enterprises in compliant operation.',
  'The standard classifies data into general, important and core data, and sets out the protection requirements for each grade.',
  'Local authorities are asked to build a sound coordination mechanism and to make the responsibilities of each department clear.',
  'The decision takes effect on the date of its promulgation and supersedes earlier notices on the same subject.',
  'Personal information processors shall obtain separate consent before they process sensitive personal information such as biometric data.',
  'The court awarded damages and ordered the defendant to delete the personal information it had collected without consent.',
  'The fine was calculated on the basis of the company\'s turnover in the previous year and the seriousness of the violation.',
  'The opinions call for a data property rights system that separates the rights to hold, to process and to operate data.',
  'Platform operators shall not use algorithms to impose unreasonable differential treatment on consumers in transaction prices.',
];
const LIST_ITEMS = [
  'digital infrastructure', 'data resources', 'digital industrialisation', 'industrial digitalisation', 'smart city development', 'safeguard measures',
  'appointing a chief cybersecurity officer', 'reinforcing cybersecurity protection', 'putting risk assessment in place', 'preparing contingency plans for incidents',
  'building a sound disaster-recovery backup system', 'facial information', 'ID card information', 'social media account information', 'mobile phone verification codes',
  'bringing the management of information services into line with the rules', 'making distribution platforms more clearly accountable',
  'security and legality', 'fairness and impartiality', 'transparency', 'public order and good morals', 'data disclosure', 'data access', 'data utilisation',
  'classification and grading of data', 'security assessment before outbound transfer', 'annual compliance audits', 'protection of minors\' accounts',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------------------------------------

type Category = 'regulation' | 'standard' | 'enforcement' | 'judgment';
/** The seed's category mix: 6 regulations, 6 standards, 2 enforcement actions, 2 judgments. */
const CATEGORY_MIX: [Category, number][] = [['regulation', 6], ['standard', 6], ['enforcement', 2], ['judgment', 2]];
/** Issued-year weights: the digest covers more each year. */
const YEARS: [number, number][] = Array.from({ length: 15 }, (_, i) => [2012 + i, i === 14 ? 0.4 : 1 + i]);
const ENTRIES_PER_EDITION = 16;

export type GeneratedCorpus = { dir: string; entries: number; authorities: number; editions: number; chineseTitles: number };

/** Writes a corpus of `n` entry files under `dir` (replacing it), in the contract's layout. */
export function generateCorpus(dir: string, n: number, seed = 20260115): GeneratedCorpus {
  const r = rng(seed ^ n);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'entries'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'authorities'));
  fs.mkdirSync(path.join(dir, 'editions'));

  const authorities = [...SEED_AUTHORITIES, ...localAuthorities()];
  const byId = new Map(authorities.map((a) => [a.id, a]));
  for (const a of authorities) {
    const fm = [
      `name: ${q(a.name)}`,
      a.abbr ? `abbr: ${q(a.abbr)}` : null,
      `name_zh: ${q(a.nameZh)}`,
      a.aliases.length ? `aliases: [${a.aliases.map(q).join(', ')}]` : null,
      `level: ${a.level}`,
      a.parent ? `parent: ${a.parent}` : null,
      a.region ? `region: ${q(a.region)}` : null,
      a.url ? `url: ${a.url}` : null,
    ];
    write(path.join(dir, 'authorities', `${a.id}.md`), fm, `The ${a.name} (${a.nameZh}).`);
  }
  fs.writeFileSync(
    path.join(dir, 'topics.yml'),
    TOPICS.map(([id, label, zh]) => `- id: ${id}\n  label: ${q(label)}\n  label_zh: ${zh}\n`).join(''),
  );
  fs.writeFileSync(path.join(dir, 'glossary.yml'), GLOSSARY.map((group) => `- [${group.map(q).join(', ')}]\n`).join(''));

  // Monthly editions over the whole period; each covers up to 16 entries, the rest are archive items.
  const editions: string[] = [];
  for (let y = 2012; y <= 2026; y++) {
    for (let m = 1; m <= 12; m++) {
      const id = `${y}-${pad(m)}`;
      if (id > BENCH_TODAY.slice(0, 7)) break;
      editions.push(id);
      write(
        path.join(dir, 'editions', `${id}.md`),
        ['title: Highlights in Recent China TMT Law and Practices', `period_start: ${id}-01`, `period_end: ${id}-${pad(daysIn(y, m))}`],
        `Over ${MONTHS[m - 1]} ${y}, regulators and courts kept a close eye on data, platforms and AI.`,
      );
    }
  }
  const editionFill = new Map<string, number>();
  const orderTaken = new Map<string, number>();

  const issuerPools: Record<Category, [string, number][]> = {
    regulation: [['cac', 20], ['miit', 10], ['samr', 8], ['state-council', 6], ['ndrc', 4], ['nea', 2], ['spc', 5], ['spp', 2], ['npcsc', 3], ['mps', 3], ['national-data-administration', 3], ['beijing-npc-standing-committee', 2], ['shanghai-economy-informatization-commission', 2], ['shanghai-data-bureau', 2], ['local-cac', 8], ['local-samr', 3], ['local-ca', 2]],
    standard: [['tc260', 40], ['cac', 8], ['miit', 10], ['samr', 6], ['national-data-administration', 3], ['local-cac', 6], ['local-ca', 3]],
    enforcement: [['cac', 30], ['samr', 15], ['miit', 12], ['mps', 5], ['local-cac', 20], ['local-samr', 15], ['local-ca', 8]],
    judgment: [['spc', 30], ['hangzhou-internet-court', 10], ['beijing-internet-court', 10], ['guangzhou-internet-court', 8], ['chongzhou-court', 2], ['local-high-court', 25], ['spp', 5]],
  };
  const typeFor: Record<Category, [string, number][]> = {
    regulation: [['measures', 8], ['provisions', 6], ['regulations', 4], ['opinions', 5], ['implementation rules', 3], ['notice', 3], ['decision', 1], ['judicial interpretation', 1]],
    standard: [['practice guideline', 6], ['standard', 8], ['guidelines', 6], ['guiding opinions', 2], ['specification', 2]],
    enforcement: [['campaign', 5], ['administrative penalty', 5], ['interview', 2], ['rectification notice', 3]],
    judgment: [['judgment', 8], ['guiding cases', 2], ['typical cases', 3], ['ruling', 2], ['protection order', 1]],
  };
  const localOf = (prefix: string) =>
    authorities.filter((a) => (prefix === 'high' ? a.id.endsWith('-high-court') : a.id.startsWith(`${prefix}-`) && a.level === 'local'));
  const locals = { 'local-cac': localOf('cac'), 'local-samr': localOf('samr'), 'local-ca': localOf('ca'), 'local-high-court': localOf('high') };
  const resolveIssuer = (id: string) => (id in locals ? pick(r, locals[id as keyof typeof locals]).id : id);

  const slugs: string[] = [];
  let chineseTitles = 0;
  const company = () => `${cap(pick(r, SYLLABLES))}${pick(r, SYLLABLES)} ${pick(r, COMPANY_KINDS)}`;
  for (let i = 0; i < n; i++) {
    const category = weighted(r, CATEGORY_MIX);
    const type = weighted(r, typeFor[category]);
    const first = resolveIssuer(weighted(r, issuerPools[category]));
    const issuers = [first];
    // Joint issuers: about one in five, as in the seed (3 of 16).
    if (category !== 'judgment' && chance(r, 0.19)) {
      const more = int(r, 1, 3);
      for (let k = 0; k < more; k++) {
        const id = resolveIssuer(weighted(r, issuerPools[category]));
        if (!issuers.includes(id)) issuers.push(id);
      }
    }
    const lead = byId.get(first)!;
    const region = lead.region && lead.level !== 'ministry' ? lead.region : null;
    const regionZh = region ? REGIONS.find(([, en]) => en === region) : undefined;
    const subject = pick(r, SUBJECTS);
    const [subjectEn, subjectZh, subjectSlug, subjectTopics] = subject;
    const year = weighted(r, YEARS);
    const issued = year === 2026 ? `2026-01-${pad(int(r, 1, 14))}` : dayOfYear(year, int(r, 0, 364));
    const draftStage = (category === 'regulation' && chance(r, 0.1)) || (category === 'standard' && chance(r, 0.3));
    const trial = category === 'regulation' && !draftStage && chance(r, 0.08);

    const { title, titleZh, short } = titles(r, category, type, subjectEn, subjectZh, region, regionZh ? `${regionZh[2]}${regionZh[3]}` : null, draftStage, trial, company);
    const hasZh = category === 'judgment' ? chance(r, 0.4) : chance(r, 0.85);
    if (hasZh) chineseTitles++;

    const topics = [...subjectTopics];
    if (chance(r, 0.35)) topics.push(pick(r, TOPICS)[0]);
    if (category === 'judgment' && !topics.includes('judicial-practice')) topics.push('judicial-practice');
    if (category === 'standard' && chance(r, 0.5) && !topics.includes('standards')) topics.push('standards');
    const uniqueTopics = [...new Set(topics)];

    const slug = `${issuerSlug(first)}-${subjectSlug}-${slugWord(type)}-${i + 1}`;
    const fm: (string | null)[] = [`title: ${q(title)}`];
    if (short) fm.push(`short: ${q(short)}`);
    if (hasZh) fm.push(`title_zh: ${q(titleZh)}`);
    fm.push(`category: ${category}`, `type: ${q(type)}`, `issuers: [${issuers.join(', ')}]`);
    if (issuers.length > 1 && chance(r, 0.3)) fm.push(`issuers_note: ${q(`and ${int(r, 2, 14)} other departments`)}`);
    fm.push(`issued: ${issued}`);
    if ((category === 'regulation' && !draftStage && chance(r, 0.7)) || (category === 'standard' && !draftStage && chance(r, 0.4))) {
      fm.push(`effective: ${addDays(issued, int(r, 0, 200))}`);
    }
    if (draftStage) {
      fm.push(`comment_deadline: ${addDays(issued, 30)}`, 'stage: draft');
    }
    if (trial) fm.push('trial: true');
    if (category === 'regulation' && !draftStage && issued < '2018-01-01' && chance(r, 0.12)) fm.push(`repealed: ${addDays(issued, int(r, 700, 2500))}`);
    if (category === 'judgment' && chance(r, 0.8)) fm.push(`doc_number: ${q(`(${year}) ${region ?? 'Jing'} ${int(r, 1, 99).toString().padStart(2, '0')}${int(r, 10, 99)} Min Chu No. ${int(r, 1, 30000)}`)}`);
    else if (category === 'regulation' && chance(r, 0.3)) fm.push(`doc_number: ${q(`${lead.abbr ?? 'Guo Ban'} Fa [${year}] No. ${int(r, 1, 60)}`)}`);
    fm.push(`jurisdiction: ${q(region ?? 'national')}`);
    fm.push(`topics: [${uniqueTopics.join(', ')}]`);

    const editionId = issued.slice(0, 7);
    const filled = editionFill.get(editionId) ?? 0;
    if (editions.includes(editionId) && filled < ENTRIES_PER_EDITION) {
      editionFill.set(editionId, filled + 1);
      const slot = `${editionId}/${category}`;
      const order = (orderTaken.get(slot) ?? 0) + 1;
      orderTaken.set(slot, order);
      fm.push(`edition: ${editionId}`, `order: ${order}`);
    }
    if (chance(r, 0.5)) {
      const host = lead.url ?? 'https://www.gov.cn';
      fm.push('sources:', `  - label: ${q('Official text (Chinese)')}`, `    url: ${host}/${year}-${int(r, 1, 12)}/${int(r, 1000, 99999)}.htm`);
    }
    if (slugs.length > 10 && chance(r, 0.08)) {
      const rel = [...new Set([pick(r, slugs), pick(r, slugs)])];
      fm.push(`related: [${rel.join(', ')}]`);
    }
    if (chance(r, 0.01)) fm.push(`aliases: [${slug}-old]`);
    if (chance(r, 0.003)) fm.push('draft: true');

    const body = bodyText(r, { category, lead, issued, short: short ?? title, region, company, subjectEn });
    const month = issued.slice(0, 7);
    write(path.join(dir, 'entries', month.slice(0, 4), month, `${slug}.md`), fm, body);
    slugs.push(slug);
  }
  return { dir, entries: n, authorities: authorities.length, editions: editions.length, chineseTitles };
}

function titles(
  r: Rand,
  category: Category,
  type: string,
  subjectEn: string,
  subjectZh: string,
  region: string | null,
  regionZh: string | null,
  draft: boolean,
  trial: boolean,
  company: () => string,
): { title: string; titleZh: string; short: string | null } {
  const [adminEn, adminZh] = pick(r, ADMIN);
  const where = region ? ` in ${region}` : '';
  const zhWhere = regionZh ?? '';
  let title: string;
  let titleZh: string;
  let short: string | null = null;
  switch (type) {
    case 'measures':
      title = `Measures for the ${adminEn} of ${subjectEn}${where}`;
      titleZh = `${zhWhere}${subjectZh}${adminZh}办法`;
      break;
    case 'provisions':
      title = `Provisions on the ${adminEn} of ${subjectEn}`;
      titleZh = `${zhWhere}${subjectZh}${adminZh}规定`;
      break;
    case 'regulations':
      title = `Regulations on the ${adminEn} of ${subjectEn}${where}`;
      titleZh = `${zhWhere}${subjectZh}${adminZh}条例`;
      break;
    case 'opinions':
    case 'guiding opinions': {
      const [verbEn, verbZh] = pick(r, VERBS);
      title = `${type === 'opinions' ? 'Opinions' : 'Guiding Opinions'} on ${verbEn} ${subjectEn}`;
      titleZh = `关于${verbZh.includes('…') ? verbZh.replace('…', subjectZh) : verbZh + subjectZh}的${type === 'opinions' ? '意见' : '指导意见'}`;
      break;
    }
    case 'implementation rules':
      title = `Implementation Rules on ${subjectEn}${where}`;
      titleZh = `${zhWhere}${subjectZh}实施细则`;
      break;
    case 'notice':
      title = `Notice on Further Strengthening the ${adminEn} of ${subjectEn}`;
      titleZh = `关于进一步加强${subjectZh}${adminZh}工作的通知`;
      break;
    case 'decision':
      title = `Decision on Amending the Provisions on ${subjectEn}`;
      titleZh = `关于修改《${subjectZh}规定》的决定`;
      break;
    case 'judicial interpretation':
      title = `Provisions on Several Issues Concerning the Application of Law in the Trial of Civil Cases Involving ${subjectEn}`;
      titleZh = `关于审理${subjectZh}相关民事案件适用法律若干问题的规定`;
      break;
    case 'practice guideline':
      title = `Practice Guideline for Cybersecurity Standards – ${adminEn} Specification for ${subjectEn}${chance(r, 0.2) ? ' V2.0' : ''}`;
      titleZh = `网络安全标准实践指南—${subjectZh}${adminZh}规范`;
      break;
    case 'standard': {
      const part = int(r, 1, 6);
      title = `Information Security Technology – ${subjectEn} – Part ${part}: ${adminEn} Requirements`;
      titleZh = `信息安全技术 ${subjectZh} 第${part}部分：${adminZh}要求`;
      break;
    }
    case 'guidelines':
    case 'specification':
      title = `${type === 'guidelines' ? 'Guidelines' : 'Specification'} for ${adminEn} of ${subjectEn}${where}`;
      titleZh = `${zhWhere}${subjectZh}${adminZh}${type === 'guidelines' ? '指南' : '规范'}`;
      break;
    case 'campaign': {
      const [pEn, pZh] = pick(r, PROBLEMS);
      const [fEn, fZh] = pick(r, FIELDS);
      title = `Purifying the Online Environment – Rectification of ${pEn} in the Field of ${fEn}`;
      titleZh = `“清朗·${fZh}${pZh}整治”专项行动`;
      break;
    }
    case 'administrative penalty': {
      const c = company();
      title = `Administrative Penalty on ${c} for Violations Concerning ${subjectEn}`;
      titleZh = `对${c.split(' ')[0]}公司${subjectZh}违法行为的行政处罚`;
      break;
    }
    case 'interview':
      title = `Regulatory Interview with ${company()} over ${subjectEn}`;
      titleZh = `就${subjectZh}问题约谈相关企业`;
      break;
    case 'rectification notice':
      title = `Notice on Rectification of Apps Infringing Users' Rights in ${subjectEn}`;
      titleZh = `关于侵害用户权益行为的App整改通报（${subjectZh}）`;
      break;
    case 'guiding cases':
    case 'typical cases': {
      const batch = int(r, 1, 60);
      title = `${ordinal(batch)} Batch of ${type === 'guiding cases' ? 'Guiding' : 'Typical'} Cases: Cases Involving ${subjectEn}`;
      titleZh = `第${batch}批${type === 'guiding cases' ? '指导性案例' : '典型案例'}：${subjectZh}案件`;
      break;
    }
    case 'protection order':
      title = `Personal Safety Protection Order – Protecting Privacy and ${subjectEn}`;
      titleZh = `人身安全保护令：${subjectZh}`;
      break;
    default: {
      const c = company();
      title = `${c.split(' ')[0]} v. ${company().split(' ')[0]}: Judgment on a Dispute over ${subjectEn}`;
      titleZh = `${subjectZh}纠纷案判决`;
    }
  }
  if (trial) {
    title += ' (for Trial Implementation)';
    titleZh += '（试行）';
  }
  if (draft) {
    title += ' (Draft for Comment)';
    titleZh += '（征求意见稿）';
  }
  if ((category === 'regulation' || category === 'standard') && chance(r, 0.6)) {
    short = chance(r, 0.5) ? `${region ?? ''} ${cap(type.split(' ').pop()!)}`.trim() : `${subjectEn.split(' ').slice(0, 2).join(' ')} ${cap(type.split(' ').pop()!)}`;
  }
  return { title, titleZh, short };
}

function bodyText(
  r: Rand,
  e: { category: Category; lead: Authority; issued: string; short: string; region: string | null; company: () => string; subjectEn: string },
): string {
  const [y, m, d] = e.issued.split('-').map(Number) as [number, number, number];
  const when = `${MONTHS[m - 1]} ${d}, ${y}`;
  const who = e.lead.abbr ? `the ${e.lead.name} (${e.lead.abbr})` : `the ${e.lead.name}`;
  const verb = e.category === 'judgment' ? 'decided' : e.category === 'enforcement' ? 'announced' : 'released';
  const paras: string[] = [];
  paras.push(wrap(`On ${when}, ${who} ${verb} the ${e.short}, which concerns ${e.subjectEn.toLowerCase()}${e.region ? ` in ${e.region}` : ''}. ${pick(r, SENTENCES)}`));
  if (e.category === 'enforcement' || e.category === 'judgment') {
    paras.push(wrap(`The matter involved ${e.company()}, which was found to have breached its obligations; the amount at stake was ${int(r, 2, 900) * 1000} yuan. ${pick(r, SENTENCES)}`));
  }
  const items = int(r, 3, 6);
  const list: string[] = [];
  for (let k = 0; k < items; k++) list.push(`${k + 1}. ${pick(r, LIST_ITEMS)};`);
  paras.push(`${pick(r, ['The document pursues several aims:', 'Its main points are:', 'The rules cover:', 'The key requirements include:'])}\n\n${list.join('\n')}`);
  const more = int(r, 1, 4);
  for (let k = 0; k < more; k++) paras.push(wrap(`${pick(r, SENTENCES)} ${pick(r, SENTENCES)}`));
  return paras.join('\n\n');
}

// ---------------------------------------------------------------------------------------------

function write(file: string, frontMatter: (string | null)[], body: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `---\n${frontMatter.filter((l) => l !== null).join('\n')}\n---\n${body}\n`);
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function q(value: string): string {
  return JSON.stringify(value);
}

function wrap(text: string, width = 78): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

const pad = (v: number) => String(v).padStart(2, '0');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function dayOfYear(y: number, day: number): string {
  return new Date(Date.UTC(y, 0, 1 + day)).toISOString().slice(0, 10);
}
function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
function ordinal(v: number): string {
  const s = v % 100 >= 11 && v % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][v % 10] ?? 'th');
  return `${v}${s}`;
}
function issuerSlug(id: string): string {
  return id.split('-').slice(0, 2).join('-');
}
function slugWord(type: string): string {
  return type.split(' ').pop()!;
}

/** Generates the corpus for `n` entries under `root` unless an identical one is already there. */
export function ensureCorpus(root: string, n: number): GeneratedCorpus & { cached: boolean } {
  const dir = path.join(root, `corpus-${n}`);
  const stamp = path.join(root, `corpus-${n}.stamp`);
  const want = `v${GENERATOR_VERSION}:${n}`;
  if (fs.existsSync(stamp) && fs.existsSync(dir)) {
    const saved = JSON.parse(fs.readFileSync(stamp, 'utf8')) as GeneratedCorpus & { key: string };
    if (saved.key === want) return { ...saved, dir, cached: true };
  }
  fs.rmSync(stamp, { force: true });
  const made = generateCorpus(dir, n);
  fs.writeFileSync(stamp, JSON.stringify({ ...made, key: want }));
  return { ...made, cached: false };
}
