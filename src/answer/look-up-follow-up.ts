import { labelOf } from '../ingest/sections.ts';
import type { SectionRefs } from '../retrieval/section-ref.ts';
import { contentStems } from '../retrieval/terms.ts';
import { termToCount } from './term-count.ts';

/** Words that ask for a count after a look-up: "how many times", "how often", "occurrences". */
const COUNTING = /\bhow\s+(?:many\s+times|often)\b|\b(?:count|counts|occurrences?|instances?|mentions?|uses|times|frequency|frequently)\b/giu;
/** A term asked about by pointing back: "it", "that word", "the phrase". */
const POINTED_TERM = /\b(?:(?:this|that|the)\s+(?:word|term|phrase|expression)|it|this|that)\b(?!\s+(?:word|term|phrase|expression)\b)/iu;
/** "Where does it occur most?", "the most common section for it": the count's order asked for. */
const MOST = /\b(?:most|mostly|mainly|chiefly|largely)\b/iu;

/** "What does it say there?", "what does the thesis say about it?": what is said where the word occurs. */
const SAYS = /^\s*(?:and\s+|so\s+|ok(?:ay)?,?\s+)?what\s+(?:does|do|did)\s+(?:it|the\s+(?:thesis|text|author|abstract))\s+(?:say|write|argue)\b/iu;

/** "And 'grassroots'?", "what about the mass line?": one more thing named, nothing else asked. */
const ANOTHER_WORD = /^\s*(?:and|what\s+about|how\s+about)\s+(.+?)\s*[?？!.]*\s*$/iu;

/**
 * After a look-up of a word, "what about 'grassroots'?" looks up that word, and "and in
 * chapter 3?" counts the same word there; `pointsBack` says the message points back ("it").
 * Undefined after any other question.
 */
export function afterLookUp(previous: string, current: string, now: SectionRefs, pointsBack: boolean): string | undefined {
  const looked = termToCount(previous);
  if (looked === undefined) return undefined;
  // "How often does chapter 1 use it?", "does the introduction use that phrase?": the word looked up.
  const named = current.replace(POINTED_TERM, `the phrase “${looked}”`);
  if (named !== current && termToCount(named)) return named;
  const [only, ...more] = now.ids;
  // "How many times in chapter 3?": the counting is what a look-up does, no topic of its own.
  const rest = now.rest.replace(COUNTING, ' ');
  if (only && more.length === 0 && contentStems(rest).length === 0) return `how many times does ${labelOf(only)} mention ${looked}`;
  // "Where is it used most?": the look-up's counts by section, most first.
  if (now.ids.length === 0 && pointsBack && MOST.test(rest)) return `how many times does the thesis mention ${looked}`;
  // "What does it say there?": what the thesis says on the word, as a question of its own.
  if (now.ids.length === 0 && pointsBack && SAYS.test(current)) return `what does the thesis say about ${looked}`;
  const another = ANOTHER_WORD.exec(current)?.[1];
  return another && now.ids.length === 0 ? `look up ${another}` : undefined;
}
