/**
 * Pinyin for the set terms of Chinese party building that readers of such a thesis type when
 * they know the Chinese ("tongxinyuan", "qunzhong luxian"): each in the English the field
 * translates it by, so a question in either finds the thesis's words. Terms the thesis's field
 * does not use are left as typed, and are refused as terms it never uses. Applied in idioms.ts.
 */
export const PINYIN_TERMS: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ['tong\\s*xin\\s*yuan', 'concentric circle'],
    ['qun\\s*zhong\\s*lu\\s*xian', 'mass line'],
    ['qun\\s*zhong\\s*gong\\s*zuo', 'mass work'],
    ['xie\\s*shang\\s*min\\s*zhu', 'consultative democracy'],
    ['min\\s*zu\\s*tuan\\s*jie\\s*yi\\s*jia\\s*qin', 'national unity and one family'],
    ['min\\s*zu\\s*tuan\\s*jie', 'national unity'],
    ['fang\\s*hui\\s*ju', "visiting the people, benefiting the people and gathering the people's hearts"],
    ['dang\\s*jian', 'party building'],
    ['she\\s*qu\\s*zhi\\s*li', 'community governance'],
    ['she\\s*qu', 'community'],
    ['zhan\\s*dou\\s*bao\\s*lei', 'fighting fortress'],
    ['dang\\s*ling\\s*dao\\s*yi\\s*qie', 'the party leads everything'],
    ['zui\\s*da\\s*gong\\s*yue\\s*shu', 'greatest common divisor'],
    ['shou\\s*suo', 'contraction'],
    ['kuo\\s*zhang', 'expansion'],
    ['zhong\\s*xin\\s*xia\\s*chen', 'sinking focus'],
    ['dian\\s*dui\\s*dian', 'point-to-point'],
    ['(?:dang\\s*)?zhi\\s*bu\\s*shu\\s*ji', 'party branch secretary'],
    ['jing\\s*zhun\\s*zhi\\s*li', 'targeted governance'],
    ['zui\\s*hou\\s*yi\\s*gong\\s*li', 'last kilometer'],
  ] as const
).map(([pinyin, english]) => [new RegExp(String.raw`\b${pinyin}\b`, 'giu'), english] as const);

/** "Reading “tongxinyuan” as “concentric circle”.": what the answer took a pinyin term to mean, so the reader can judge; undefined with none. */
export function pinyinNote(question: string): string | undefined {
  for (const [pinyin, english] of ONCE) {
    const typed = pinyin.exec(question)?.[0];
    if (typed) return `Reading “${typed}” as “${english}”.`;
  }
  return undefined;
}

/** The same terms, each matched once from the start (no global state between calls). */
const ONCE = PINYIN_TERMS.map(([pinyin, english]) => [new RegExp(pinyin.source, 'iu'), english] as const);
