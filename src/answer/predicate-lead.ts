import { formStem } from '../retrieval/stem.ts';
import { contentStems } from '../retrieval/terms.ts';

/**
 * "Is the circle static?", "are contraction and expansion unconditional?", "is the framework
 * applicable to Urumqi?": whether a thing is so, the quality its last word before any "to…".
 * A negated question ("is it not static?") is left alone: a bare "No" would read both ways.
 */
const IS_IT_SO = /^\s*(?:(?:and|so|but|wait)[\s,]+)?(?:(?:according\s+to|per|in)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|author|writer|text|abstract)[\s,]+)?(?:is|are|was|were)\s+(?<subject>.+?)\s+(?<quality>\p{L}+)(?:\s+(?:to|for|in|with|than|at|by)\s+(?<complement>[^?.!]+?))?\s*[?.!]*\s*$/iu;

/** "Applicable to other countries", "used elsewhere": a complement set against what the quote names. */
const OTHER = /\b(?:other|others|another|else|elsewhere|different|beyond|outside|besides)\b/iu;

/** Where a quote says a thing is or is not so: a copula, maybe "not", two words at most before the quality. */
const SAID_SO = /\b(?:is|are|was|were|be|been|remains?|remained)\s+(?<not>not\s+(?!only\b)|never\s+|no\s+longer\s+)?(?<words>\p{L}+(?:\s+\p{L}+){0,2})/giu;

/**
 * "Yes" or "No" to "is X so?" from the first quote that answers it, when it says of X, in a
 * copula next to the very word, that it is or is not so ("…is not static, but has two
 * functions…" → "No"). Undefined when the question asks no such thing, the quote does not
 * speak of the subject, or it never puts the quality so.
 */
export function qualityVerdict(question: string, quotes: readonly string[]): 'Yes' | 'No' | undefined {
  for (const quote of quotes) {
    const verdict = verdictOf(question, quote);
    if (verdict) return verdict;
  }
  return undefined;
}

function verdictOf(question: string, quote: string): 'Yes' | 'No' | undefined {
  const m = IS_IT_SO.exec(question)?.groups;
  const subject = m?.['subject'];
  const quality = m?.['quality'];
  if (!subject || !quality || /\bnot\b|n['’]t\b/iu.test(subject)) return undefined;
  const held = new Set(contentStems(quote));
  // The quote must speak of the thing asked about, every word of it; "it" is what it speaks of.
  const about = contentStems(subject);
  const pronoun = /^(?:it|they|this|that|these|those)$/iu.test(subject.trim());
  if ((about.length === 0 && !pronoun) || !about.every((t) => held.has(t))) return undefined;
  // "Applicable to Urumqi" says nothing of "applicable to other countries": the quote must hold the
  // complement too, and one set against others is not held by naming one.
  const complement = m?.['complement'];
  if (complement && (OTHER.test(complement) || !contentStems(complement).every((t) => held.has(t)))) return undefined;
  const wanted = formStem(quality);
  // "Not unconditional" is conditional: the opposite word flips what "not" says.
  const opposite = formStem(/^un/iu.test(quality) ? quality.slice(2) : `un${quality}`);
  for (const said of quote.matchAll(SAID_SO)) {
    const words = (said.groups?.['words'] ?? '').split(/\s+/u);
    const negated = said.groups?.['not'] !== undefined;
    if (words.some((w) => formStem(w) === wanted)) return negated ? 'No' : 'Yes';
    if (words.some((w) => formStem(w) === opposite)) return negated ? 'Yes' : 'No';
  }
  return undefined;
}

/** "What makes a party branch corrupt?": what makes a thing so, the quality its last word. */
const MAKES_IT_SO = /^\s*(?:(?:and|so|but)[\s,]+)?what\s+(?:makes|made|would\s+make|could\s+make)\s+(?<subject>.+?)\s+(?<quality>\p{L}+)\s*[?.!]*\s*$/iu;

/** Endings English qualities take: "-al", "-ous", "-ive", "-ful", "-able", "-ic", "-ory"…, or a course ("declining"). */
const ADJECTIVE = /(?:al|ous|ive|ful|less|able|ible|ic|ent|ant|ary|ory|ile|ish|ing)$/iu;

/** Words that judge how much or how well rather than what a thing is: the thesis says that in its own way. */
const DEGREE = /^(?:true|right|correct|wrong|so|possible|real|small|smaller|big|bigger|large|larger|huge|tiny|minor|major|serious|great|little|low|high|weak|strong|important|good|bad|better|worse|new|old|same|different|enough|necessary|needed|ok|okay)$/iu;

/**
 * "Is the targeted governance controversial?", "is the relationship tense?": a quality put to
 * a thing the thesis speaks of, in a word (`unwritten`) it never uses of anything, as typed;
 * undefined otherwise. The thesis cannot be said to call it so.
 */
export function unwrittenQuality(question: string, unwritten: (word: string) => boolean, known: (text: string) => boolean): string | undefined {
  const m = IS_IT_SO.exec(question)?.groups ?? MAKES_IT_SO.exec(question)?.groups;
  const subject = m?.['subject'];
  const quality = m?.['quality'];
  if (!subject || !quality || /\bnot\b|n['’]t\b/iu.test(subject) || DEGREE.test(quality) || !known(subject)) return undefined;
  // "…national unity or economic growth?": one side may be what it says. "Covered", "mentioned":
  // a thing done, not a quality. "Part of chapter 5's plan", "a helper": a thing, not a quality.
  if (/\bor\b/iu.test(question) || /ed$/iu.test(quality) || /(?:\b(?:a|an|the|of|its|their|his|her|part)|['’]s?)$/iu.test(subject) || /.\b(?:a|an)\b/iu.test(subject)) return undefined;
  // "Willing to use consultation": a word in "-ing" with something after it is a bent, not a course.
  if (/ing$/iu.test(quality) && m['complement']) return undefined;
  // Only a word shaped as a quality ("controversial", "compulsory", "successful"): a noun left
  // over ("growth" of "unity or economic growth") is no quality put.
  return ADJECTIVE.test(quality) && unwritten(quality) ? quality : undefined;
}
