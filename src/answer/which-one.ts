import type { Hit } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';

/**
 * "Which enemy does the joint force deter?", "what corps is meant?", "who is the enemy?": one
 * thing of a kind asked for by a "which" and a singular noun, with the question's verb after
 * it or nothing at all (a thread's "which city?"), or by "who is the…" and nothing more.
 */
const WHICH_ONE = /^\s*(?:which|what)\s+(\p{L}+)\s+(?:does|do|did|is|are|was|were|has|have)\b|^\s*(?:and\s+|so\s+)?(?:which|what)\s+(\p{L}+)\s*[?.!]*\s*$|^\s*(?:and\s+|so\s+)?(who)\s+(?:is|was|are|were)\s+the\s+(\p{L}+)(?:\s+(?:that|which|whom)\s+[^()]*?)?\s*(?:[?.!]|\(|$)/iu;

/** The noun a "which" or "who is the…" asks one of, and the question word. */
function askedOne(question: string): { noun: string; word: string } | undefined {
  const m = WHICH_ONE.exec(question);
  const noun = m?.[1] ?? m?.[2] ?? m?.[4];
  return noun && !isStopword(noun) ? { noun, word: m?.[3] ? 'who' : 'which' } : undefined;
}

/**
 * Nouns a "which" asks for by kind or by place in the thesis, answered by what the sentence
 * says rather than by a name: "which chapter…", "what role does…", "what way…".
 */
const KIND_NOUNS = /^(?:chapter|section|part|year|kind|type|sort|role|way|idea|concept|problem|term|word|aspect|method|theory|point|function|framework|goal|approach|purpose|factor|force|democracy|activity|thing|one|lesson|experience|conclusion|argument)$/iu;

/**
 * Nouns of a doing ("education", "management", "training", "guidance"): "what education do
 * members receive?" asks what the doing is, which the sentence that names it says, not for one
 * of several named things.
 */
const PROCESS_NOUN = /\p{L}{3,}(?:tion|sion|ment|ance|ence|ing|ism)$/iu;

/** How near the best score a hit must come to be among the sentences the answer gives. */
const NEAR = 0.8;

/**
 * Why a "which" asking for one named thing ("which enemy…") is not answered, when the
 * sentences that would answer it only ever say "the enemy": no name, no "of…", no words
 * before it that pick it out. Undefined when the question asks no such thing or a sentence
 * near the best picks the thing out ("the capital city of Xinjiang Province, Urumqi").
 */
export function unnamedOne(question: string, hits: readonly Hit[]): string | undefined {
  const { noun, word } = askedOne(question) ?? {};
  const top = hits[0];
  // "Which factors…" asks for kinds, a list's business; "who are the enemies…" for one or more of them.
  if (!noun || !top || (word === 'which' && /s$/iu.test(noun)) || isStopword(noun) || KIND_NOUNS.test(noun) || PROCESS_NOUN.test(noun)) return undefined;
  const [asked] = tokenize(noun);
  const near = hits.filter((h) => h.score >= NEAR * top.score).slice(0, 3);
  const held = near.map((h) => holding(h.passage.text, asked?.stem ?? ''));
  if (held.includes('picked out')) return undefined;
  // The thing as the thesis names it: "the enemy", though the question asks for "the enemies".
  const named = near.flatMap((h) => tokenize(h.passage.text)).find((t) => t.stem === asked?.stem)?.word.toLowerCase();
  return held.includes('bare') ? `It mentions the ${named ?? noun.toLowerCase()} but does not say ${word}.` : undefined;
}

/**
 * How a sentence holds a noun: "bare" when only ever as "the enemy", "picked out" when some
 * words pick it out ("the local government", "the enemy of X", "the capital city of Xinjiang"
 * or a quoted name after it), "absent" when not at all.
 */
function holding(text: string, stem: string): 'bare' | 'picked out' | 'absent' {
  const tokens = tokenize(text);
  let found: 'bare' | 'absent' = 'absent';
  for (const [k, t] of tokens.entries()) {
    if (t.stem !== stem) continue;
    const after = tokens[k + 1];
    if (!/^the$/iu.test(tokens[k - 1]?.word ?? '') || /^of$/iu.test(after?.word ?? '') || /^[\s,]*["“]/u.test(text.slice(t.end)) || /^\p{Lu}/u.test(after?.word ?? '')) return 'picked out';
    found = 'bare';
  }
  return found;
}

/** A name in a sentence: a capitalised word not opening it ("Urumqi", "Xinjiang"). */
function namesSomething(text: string): boolean {
  return tokenize(text).some((t) => t.start > 0 && /^\p{Lu}\p{Ll}/u.test(t.word) && !isStopword(t.word));
}

/** How near the best a sentence naming something must score to answer a "which" first. */
const NAMED_NEAR = 0.6;

/**
 * "Which city does the dissertation study?": the sentence first that picks one out by name
 * ("the capital city of Xinjiang Province, Urumqi"), when the best names nothing; the order
 * stands otherwise.
 */
export function namedFirst(question: string, hits: readonly Hit[]): readonly Hit[] {
  const noun = askedOne(question)?.noun;
  const top = hits[0];
  if (!noun || !top || /s$/iu.test(noun) || KIND_NOUNS.test(noun) || namesSomething(top.passage.text)) return hits;
  const [asked] = tokenize(noun);
  // "The majestic power of the people" picks out what is asked already.
  if (holding(top.passage.text, asked?.stem ?? '') === 'picked out') return hits;
  const names = (h: Hit) => h.score >= NAMED_NEAR * top.score && namesSomething(h.passage.text) && holding(h.passage.text, asked?.stem ?? '') === 'picked out';
  const named = hits.find(names);
  return named ? [named, ...hits.filter((h) => h !== named)] : hits;
}
