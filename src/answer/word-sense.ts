import type { Retriever } from '../retrieval/search.ts';
import { type Token, isStopword, tokenize } from '../retrieval/terms.ts';
import { termAskedAbout } from './definition.ts';
import { SCHOLARLY, isAskingWord } from './frame-words.ts';

/** What stands for "this word is followed by no one word": punctuation, a hyphen, the end. */
const BROKEN = '';

/**
 * A word shaped like an adjective ("social", "political", "economic", "cultural"): the kind
 * of word that makes a term of the noun after it ("social capital").
 */
const ADJECTIVE = /\p{L}{2,}(?:al|ic|ive|ous|ful|ary|ern|ish|less|(?<!m)ent|ant)$/iu;

/** A participle ("related", "entering"): a verb's form, not a noun a term is made of. */
const PARTICIPLE = /(?:ed|ing)$/iu;

const joined = (text: string, a: Token, b: Token) => /^[ \t]+$/u.test(text.slice(a.end, b.start));
const hyphenJoined = (text: string, a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && /^[-‐–]$/u.test(text.slice(a.end, b.start));

/** For each word the thesis writes (in small letters, as written), the stems right after it (`BROKEN` for punctuation, a hyphen or the end). */
function followers(retriever: Retriever): ReadonlyMap<string, ReadonlySet<string>> {
  const cached = FOLLOWERS.get(retriever);
  if (cached) return cached;
  const after = new Map<string, Set<string>>();
  for (const { text } of retriever.passages) {
    const tokens = tokenize(text);
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      const word = t.word.toLowerCase();
      const set = after.get(word) ?? new Set<string>();
      const hyphened = text[t.start - 1] === '-' || text[t.end] === '-';
      set.add(next && !hyphened && joined(text, t, next) && !isStopword(next.word.toLowerCase()) ? next.stem : BROKEN);
      after.set(word, set);
    });
  }
  FOLLOWERS.set(retriever, after);
  return after;
}
const FOLLOWERS = new WeakMap<Retriever, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * "Does it use social capital theory?", "what about political capital?": a term of an
 * adjective and a noun whose noun the thesis writes, as typed, only in another compound, as
 * that one's first word ("capital" only in "capital city"), in no sentence with the adjective:
 * the word is there but not the thing. The term as typed, or undefined. A question with the
 * other compound's next word ("which city is the capital") asks of the thesis's own; a term
 * the thesis writes, or writes shared out ("the international and domestic factors"), is its own.
 */
export function otherSense(question: string, retriever: Retriever): string | undefined {
  // "How does it define social capital?" is refused as a term it never uses (off-topic.ts).
  if (termAskedAbout(question)) return undefined;
  const after = followers(retriever);
  const tokens = tokenize(question);
  const stems = new Set(tokens.map((t) => t.stem));
  for (let i = 1; i < tokens.length; i++) {
    const [modifier, head, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (!modifier || !head || !joined(question, modifier, head) || !ADJECTIVE.test(modifier.word) || PARTICIPLE.test(head.word)) continue;
    // The term ends at its noun: "social capital theory" is read at "capital", the last noun before it.
    if (next && joined(question, head, next) && !isStopword(next.word.toLowerCase()) && !/^(?:theory|theories|concept|approach|framework)$/iu.test(next.word)) continue;
    const only = [...(after.get(head.word.toLowerCase()) ?? [])];
    const [other] = only;
    if (only.length !== 1 || other === undefined || other === BROKEN || stems.has(other)) continue;
    if (retriever.passages.some((p) => p.stems.has(modifier.stem) && p.stems.has(head.stem))) continue;
    // Said back as typed, but for the capital that opens the question ("Social capital?").
    const term = `${i === 1 ? modifier.word.toLowerCase() : modifier.word} ${head.word}`;
    if (!retriever.vocabulary.hasPhrase(term)) return term;
  }
  return undefined;
}

/** A word for a school of thought or a way of working, named by the words before it ("grounded theory"). */
const SCHOOL = /^(?:theory|theories|approach|approaches|method|methods|methodology|analysis|paradigm)$/iu;

/** Qualities any approach may have ("what specific approach…"): no name of a school. */
const ANY_APPROACH = /^(?:specific|particular|typical|usual|normal|original|novel|overall|additional|different|various|exact|precise|primary|essential|fundamental|similar|alternative|innovative|distinctive|relevant|appropriate|respective|comprehensive|systematic|general|principal|actual|real|formal|explicit|central|dominant|preferred|main|major|key)$/iu;

/**
 * A word shaped to name a school ("rational", "marxist", "qualitative"), or one of the
 * participles that do ("grounded theory", "mixed methods"); other participles ("the proposed
 * approach") and verbs ("does it bring theory…") do not.
 */
const namesSchool = (word: string) => (ADJECTIVE.test(word) || /^\p{L}{3,}ist$/iu.test(word) || /^(?:grounded|mixed)$/iu.test(word)) && !ANY_APPROACH.test(word);

/**
 * "Does the thesis use grounded theory?", "is rational choice theory applied?": a named theory
 * or method with a word shaped to name one that the thesis never uses in any form, so the
 * school is not its. The name as typed from that word, or undefined.
 */
export function unwrittenSchool(question: string, retriever: Retriever): string | undefined {
  const tokens = tokenize(question);
  const linked = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && (joined(question, a, b) || hyphenJoined(question, a, b));
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head || !SCHOOL.test(head.word)) continue;
    // The naming words run back from the head, up to three, to a stopword or a mark.
    let first = i;
    while (first > i - 3 && linked(tokens[first - 1], tokens[first]) && !isStopword(tokens[first - 1]?.word.toLowerCase() ?? '')) first -= 1;
    const naming = (t: Token, k: number) => namesSchool(t.word) || hyphenJoined(question, t, tokens[k + 1]);
    // A scholar's framing ("analytical", "epistemological") asks of the thesis's own approach.
    const unseen = tokens.slice(first, i).findIndex((t, k) => naming(t, first + k) && !isAskingWord(t.word) && !SCHOLARLY.has(t.stem) && retriever.unseenShare([t.stem]) > 0);
    if (unseen < 0) continue;
    // Named from that word ("rational choice theory", not "apply rational…"), or from the start
    // of the hyphened word it is part of ("principal-agent theory").
    let start = first + unseen;
    while (start > first && hyphenJoined(question, tokens[start - 1], tokens[start])) start -= 1;
    return question.slice(tokens[start]?.start ?? head.start, head.end);
  }
  return undefined;
}
