import { hanNumber } from '../ingest/ordinals.ts';
import { escapeRegExp } from '../ingest/words.ts';

/**
 * The set terms of Chinese party building and this field's small words, in Chinese, each with
 * the English the field translates it by (the Han counterpart of pinyin-terms.ts). Longer terms
 * come first, so "社区治理" is read whole before "社区".
 */
const TERMS: ReadonlyArray<readonly [string, string]> = [
  ['民族团结一家亲', 'national unity and one family'],
  ['访民情惠民生聚民心', "visiting the people, benefiting the people and gathering the people's hearts"],
  ['访惠聚', "visiting the people, benefiting the people and gathering the people's hearts"],
  ['最大公约数', 'greatest common divisor'],
  ['最后一公里', 'last kilometer'],
  ['党的领导', 'leadership of the party'],
  ['党建引领', 'party building leads'],
  ['群众路线', 'mass line'],
  ['群众工作', 'mass work'],
  ['协商民主', 'consultative democracy'],
  ['社区治理', 'community governance'],
  ['社区协商', 'community consultation'],
  ['战斗堡垒', 'fighting fortress'],
  ['先锋模范', 'vanguard model'],
  ['重心下沉', 'sinking focus'],
  ['精准治理', 'targeted governance'],
  ['支部书记', 'party branch secretary'],
  ['基本经验', 'basic experiences'],
  ['民族团结', 'national unity'],
  ['党群互动', 'party masses interaction'],
  ['乌鲁木齐', 'Urumqi'],
  ['同心圆', 'concentric circle'],
  ['点对点', 'point-to-point'],
  ['党支部', 'party branch'],
  ['党组织', 'party organization'],
  ['党员', 'party members'],
  ['群众', 'masses'],
  ['社区', 'community'],
  ['协商', 'consultation'],
  ['治理', 'governance'],
  ['兵团', 'corps'],
  ['地方', 'local government'],
  ['新疆', 'Xinjiang'],
  ['收缩', 'contraction'],
  ['扩张', 'expansion'],
  ['扩展', 'expansion'],
  ['扩大', 'expansion'],
  ['缩小', 'contraction'],
  ['基层', 'grass-roots level'],
  ['干部', 'cadres'],
  ['凝聚', 'gather'],
  ['民心', "people's hearts"],
  ['联系', 'contact'],
  ['稳定', 'stability'],
  ['领导', 'leadership'],
  ['核心', 'core'],
  ['作用', 'role'],
  ['关系', 'relationship'],
  ['经验', 'experiences'],
  ['路径', 'paths'],
  ['民族', 'ethnic groups'],
  ['理论', 'theory'],
  ['框架', 'framework'],
  ['中心', 'center'],
  ['半径', 'radius'],
];

/** Asking words and particles, read as English or as nothing ("吗" asks as the question mark does). */
const SMALL_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['是什么意思', ' what does it mean '],
  ['为什么', ' why '],
  ['什么时候', ' when '],
  ['什么', ' what '],
  ['怎么样', ' how '],
  ['怎么', ' how '],
  ['如何', ' how '],
  ['多少个', ' how many '],
  ['多少', ' how many '],
  ['哪些', ' which '],
  ['论文', ' the thesis '],
  ['本文', ' the thesis '],
  ['中', ' in '],
  ['以', ' '],
  ['为', ' as '],
  ['可以', ' can '],
  ['能否', ' can '],
  ['能', ' can '],
  ['和', ' and '],
  ['与', ' and '],
  ['在', ' in '],
  ['有', ' has '],
  ['是', ' is '],
  ['的', ' '],
  ['了', ' '],
  ['吗', ' '],
  ['呢', ' '],
  ['吧', ' '],
  ['个', ' '],
  ['条', ' '],
];

/** "第三章": a chapter named in Chinese, said as "chapter 3". */
const HAN_CHAPTER = /第([一二两三四五六七八九十\d]{1,3})章/gu;
/** "四条", "六个": a count with its measure word, said as the number. */
const HAN_COUNT = /([一二两三四五六七八九十]{1,3})(?:条|个|种|点|项|大)/gu;
/** "X是什么(意思)?": what X is, asked as "什么是X?" is, its term first in English too. */
const WHAT_IS_AFTER = /^\s*(.+?)是什么(?:意思)?\s*([?？]?)\s*$/u;

const PATTERN = new RegExp([...TERMS, ...SMALL_WORDS].map(([han]) => escapeRegExp(han)).join('|'), 'gu');
const ENGLISH = new Map([...TERMS, ...SMALL_WORDS]);
const TERM = new Set(TERMS.map(([han]) => han));

/**
 * A question in Chinese put to a thesis in English, in the English of the field's terms
 * ("同心圆可以收缩吗?" as "concentric circle can contraction?"), when it names one of them and
 * every character of it is read; otherwise undefined, and the question is left as typed: a word
 * not read ("人口", population) may be what it asks, and the refusal says to ask in English.
 */
export function inFieldEnglish(question: string): string | undefined {
  if (!/\p{Script=Han}/u.test(question)) return undefined;
  let named = false;
  const read = question
    .replace(WHAT_IS_AFTER, '什么是$1$2')
    .replace(HAN_COUNT, (whole, n: string) => {
      const number = hanNumber(n);
      return number === undefined ? whole : ` ${number} `;
    })
    .replace(HAN_CHAPTER, (whole, n: string) => {
      const number = hanNumber(n);
      return number === undefined ? whole : ` chapter ${number} `;
    })
    .replace(PATTERN, (han) => {
      if (TERM.has(han)) named = true;
      return ` ${ENGLISH.get(han) ?? han} `;
    });
  if (!named || /\p{Script=Han}/u.test(read)) return undefined;
  return read.replace(/[？]/gu, '?').replace(/\s+/gu, ' ').replace(/\s+\?/gu, '?').trim();
}
