import type { Hit } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';
import { defines } from './definition.ts';

/**
 * "What happens when the circle contracts?", "what happens through contraction?", "what is
 * contraction used for?", "what does the expansion lead to / allow the party to do?", "what
 * does contraction produce?", "the results of consultation", "the payoff of consultation", "the point of expanding the
 * circle", "why does contraction matter?", "the significance of consultation": what something
 * brings about is asked. `thing` is what brings it about, where the
 * question's shape says.
 */
const EFFECT_FORMS = [
  /\bwhat\s+(?:happens|happened|will\s+happen|would\s+happen)\s+(?:when|if|after|once|with|to|through|by|via|during)\s+(?<thing>[^?.!]+)/iu,
  /\bwhat\s+(?:(?:outcomes?|results?|effects?|consequences?)\s+)?(?:does|do|did|can|will)\s+(?<thing>.+?)\s+(?:lead\s+to|bring\s+about|result\s+in|achieve|accomplish|produce|yield|generate|deliver|allow|allows|enable|enables|let|lets|make\s+possible)\b/iu,
  /\b(?:results?|effects?|outcomes?|consequences?|benefits?|purpose|point|uses?|pay-?offs?|upshot|end\s+products?|fruits?)\s+of\s+(?<thing>[^?.!]+)/iu,
  /\bwhat\s+(?:comes|came|come|has\s+come)\s+out\s+of\s+(?<thing>[^?.!]+)/iu,
  // "What's consultation's end product?": the same, owned.
  /\bwhat(?:['’]s|\s+(?:is|are|was|were))\s+(?<thing>[^?.!]+?)['’]s?\s+(?:(?:main|real|actual)\s+)?(?:results?|effects?|outcomes?|consequences?|pay-?offs?|upshot|end\s+products?)\b/iu,
  // "What does contraction do?": what it brings about.
  /\bwhat\s+(?:does|do|did|can|will)\s+(?<thing>.+?)\s+do\s*[?.!]*$/iu,
  // "Why does contraction matter?", "why is consultation important?": what it brings about.
  /\bwhy\s+(?:does|do|did|would|should)\s+(?<thing>.+?)\s+matter\b/iu,
  /\bwhy\s+(?:is|are|was|were)\s+(?<thing>.+?)\s+(?:so\s+)?(?:important|significant|useful|necessary|needed|valuable)\b/iu,
  /\b(?:significance|importance|value)\s+of\s+(?<thing>[^?.!]+)/iu,
  /\bwhat(?:\s+(?:is|are)|['’]?s)\s+(?<thing>.+?)\s+used\s+for\b/iu,
  /\bused\s+for\b/iu,
  /\bwhat(?:\s+(?:is|are)|['’]?s)\s+(?<thing>.+?)\s+for\s*[?.!]*$/iu,
];

/**
 * "What is the expansion of the circle?", "explain the contraction": asked of a thing the thesis
 * does not define, the sentence naming it whole as the means says what it does, which is the
 * best account of it the text has.
 */
const DESCRIBE_FORMS = [
  /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:what(?:\s+(?:is|are)|['’]?s)|explain|describe|tell\s+me\s+about)\s+(?<thing>[^?.!]+)/iu,
  /^\s*how\s+(?:does|do|did)\s+(?:the\s+)?(?:thesis|dissertation|paper|author|text|abstract|it|\p{Lu}\p{L}+)\s+(?:describe|characteri[sz]e|portray|depict|present)\s+(?<thing>[^?.!]+)/iu,
];

/** A sentence that opens with what brings its result about: "Through the contraction of…, …", "With the expansion of…, …". */
const INSTRUMENT = /^(?:through|with|by\s+means\s+of|by|via)\s+([^,;]+)[,;]/iu;
/** A clause that ends with it: "…has found the greatest common denominator… by means of consultative democracy." */
const TRAILING_INSTRUMENT = /\b(?:by\s+means\s+of|through)\s+([^,;.]+?)\s*[;.]/giu;

/** How close to the best a sentence saying what the thing brings about must score to open the answer. */
const NEAR_TOP = 0.8;
/**
 * A sentence whose means names every topic word of the thing asked about ("Through the
 * contraction of the circle, …" for "what happens through contraction of the circle?") is the
 * answer even when words of the question outside the thing ("allow *the party* to do") make
 * another sentence score higher; it still has to be within reach of the best.
 */
const WHOLE_MEANS_FLOOR = 0.4;

/**
 * For a question asking what something brings about, moves a sentence whose opening names it
 * as the means ("Through the contraction of the circle, the power of the people is gathered")
 * to the front, when it scores nearly as well as the best. `topic` are the question's topic stems.
 */
export function effectFirst(question: string, hits: readonly Hit[], topic: readonly string[]): readonly Hit[] {
  const [top] = hits;
  const effect = EFFECT_FORMS.map((f) => f.exec(question)).find((m) => m !== null);
  const described = effect ? undefined : DESCRIBE_FORMS.map((f) => f.exec(question)).find((m) => m !== null);
  const form = effect ?? described;
  // A definition already leading (definitionFirst) answers "what is…" better than a use.
  if (!top || !form || (described && defines(top.passage.text, described.groups?.['thing'] ?? ''))) return hits;
  const stems = new Set(topic);
  const thing = tokenize(form.groups?.['thing'] ?? '').map((t) => t.stem).filter((s) => stems.has(s));
  const meansOf = (h: Hit) => {
    const means = INSTRUMENT.exec(h.passage.text)?.[1] ?? (effect ? [...h.passage.text.matchAll(TRAILING_INSTRUMENT)].map((m) => m[1] ?? '').find((m) => m.length > 0) : undefined);
    return means === undefined ? undefined : tokenize(means).filter((t) => !isStopword(t.word));
  };
  const naming = (h: Hit) => {
    const words = meansOf(h);
    if (!words) return undefined;
    const means = new Set(words.map((t) => t.stem));
    // "The contraction of the circle" names the contraction, not the circle: its head must be asked about.
    const whole = thing.length > 0 && thing.every((s) => means.has(s)) && thing.includes(words[0]?.stem ?? '');
    return { whole, some: topic.some((s) => means.has(s)) };
  };
  // A means naming the whole thing wins over one naming part of it, though it scores lower;
  // described, only the whole will do.
  const chosen =
    hits.find((h) => naming(h)?.whole && h.score >= WHOLE_MEANS_FLOOR * top.score) ??
    (described ? undefined : hits.find((h) => naming(h)?.some && h.score >= NEAR_TOP * top.score));
  return chosen && chosen !== top ? [chosen, ...hits.filter((h) => h !== chosen)] : hits;
}
