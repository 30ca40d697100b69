import { withPhrasalVerbs } from './phrasal.ts';
import { stem } from './stem.ts';

export { stem };

/** Words too common to tell passages apart, and question words that say nothing of the topic. */
const STOPWORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing done
  down during each either else ever every few for from further had has have having he her here hers him his how i if in into is it its itself just
  least less let like made make many may me might more most much must my no nor not now of off on once one only or other our ours out over own per
  quite rather really same say says said shall she should since so some such than that the their theirs them then there these they this those though
  through thus to too under until up upon us very was way we were what whatever when where whether which while who whom whose why will with within themselves himself herself yourself yourselves ourselves myself oneself
  without would yet you your yours tell tells told telling explain describe describes described mention mentions mentioned discuss discusses discussed please thesis paper text
  dissertation abstract author part section chapter chapters according give show hey hi hello bot thanks thank thx ty tysm cheers pls plz kindly quick q
  precede precedes preceded preceding apart among amongst across against along around behind beside besides beyond toward towards via onto throughout despite unless
  whereas however therefore hence thereby whereby etc thing things stuff something anything anywhere everywhere somewhere everyone everybody anyone anybody someone somebody ordinary everyday self
  originally initially exactly precisely roughly approximately actually basically fundamentally ultimately specifically essentially literally generally particularly particular mainly mostly largely chiefly primarily principally predominantly broadly regarding concerning pertaining
  directly explicitly clearly fully carefully already away
  still lets letting get gets got getting gotten given giving possess possesses possessed possessing even together th st nd rd sole solely bit bits
  mechanism mechanisms involve involves involved involving undergo undergoes underwent undergone undergoing locate locates located locating situate situates situated
  well yo lol lmao haha um uh hmm btw ok okay guys folks bro dude someone anyone somebody anybody whats wat wut r u ur abt idk imo tbh ngl smh fr rn lowkey tho anyway anyways anyhow
  apparently supposedly allegedly reportedly seemingly presumably evidently aside except excepting ignoring
  i'm i've i'd i'll you're you've you'd we're we've they're they've don't doesn't didn't isn't aren't wasn't weren't can't won't
  wouldn't couldn't shouldn't haven't hasn't im ive dont doesnt didnt isnt arent cant wont`.split(/\s+/),
);

/**
 * Chinese function characters (的, 了, 是, 什么…). Han text is searched by characters and
 * character pairs, so a pair holding one of these ("讲了", "什么") carries no topic either.
 */
const HAN_STOP_CHARS = new Set([...'的了是在和与及或吗呢吧啊么什怎哪谁这那个请之其']);

/** A word of a text with its place, for highlighting. */
export interface Token {
  readonly word: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Splits a text into words with offsets. Han text has no spaces, so each character is a
 * token and neighbouring characters also form bigram tokens, the usual unit of Chinese search.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!HAN.test(word)) {
      out.push({ word, stem: stem(word), start: m.index, end: m.index + word.length });
      continue;
    }
    for (let i = 0; i < word.length; i++) {
      out.push({ word: word.slice(i, i + 1), stem: word.slice(i, i + 1), start: m.index + i, end: m.index + i + 1 });
      if (i + 1 < word.length) out.push({ word: word.slice(i, i + 2), stem: word.slice(i, i + 2), start: m.index + i, end: m.index + i + 2 });
    }
  }
  return out;
}

/** A word built from others for search: a joined compound, or the base of a negated word. */
export type SearchToken = Token & { compound?: true; negated?: true };

/** "Unconditional", "unbalanced": a negated word whose base ("conditional") is long enough to be one. */
const NEGATED = /^un([a-z]{6,})$/iu;

/**
 * Tokens plus the joined form of hyphenated compounds ("grass-roots" also gives "grassroots"),
 * so either spelling in a question or a look-up finds the other in the text, and the base of a
 * negated word ("unconditional" gives "conditional"), so a question about the conditions finds
 * the sentence saying it is "not unconditional". The added forms come after the plain tokens,
 * which a phrase look-up matches in a row.
 */
export function searchTokens(text: string): SearchToken[] {
  const tokens = tokenize(text);
  const out: SearchToken[] = [...tokens];
  for (const t of tokens) {
    const base = NEGATED.exec(t.word)?.[1];
    if (base && !HAN.test(t.word)) out.push({ word: base, stem: stem(base), start: t.start, end: t.end, compound: true, negated: true });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a && b && b.start === a.end + 1 && text[a.end] === '-' && !HAN.test(a.word)) {
      const word = a.word + b.word;
      out.push({ word, stem: stem(word), start: a.start, end: b.end, compound: true });
    }
  }
  return out;
}

/** True for words that carry no topic. */
export function isStopword(word: string): boolean {
  if (HAN.test(word)) return [...word].some((c) => HAN_STOP_CHARS.has(c));
  const w = word.toLowerCase().replace(/’/gu, "'").replace(/'s$/u, '');
  // A plural or third person of a listed word is as empty: "sections", "papers", "explains".
  return STOPWORDS.has(w) || (w.length > 3 && w.endsWith('s') && STOPWORDS.has(w.slice(0, -1)));
}

/**
 * The distinct topic-bearing stems of a text, in order of first appearance. `knownCompound`
 * decides which joined compounds count: for a question, only those the thesis uses, since the
 * parts already stand for the rest.
 */
export function contentStems(text: string, knownCompound: (stem: string) => boolean = () => true): string[] {
  const tokens = withPhrasalVerbs(searchTokens(text)).filter((t) => !isStopword(t.word) && (!t.compound || knownCompound(t.stem)));
  return [...new Set(tokens.map((t) => t.stem))];
}
