import type { ParsedThesis } from '../types.ts';
import { termIn } from './lookup.ts';
import { tagOf } from './cite.ts';
import { recordCitation } from './metadata.ts';
import type { Answer } from './types.ts';

/** "Keywords", "search tags": the record's list of them. */
const KEYWORDS = /\bkey\s*-?\s*words?\b|\bsearch\s+tags?\b|\btags\b/iu;

/**
 * "Which keyword appears most often?", "which one is most discussed (what are the keywords)?",
 * "how often does each keyword come up?": how much the text says of each, not the list again.
 */
const HOW_OFTEN = /\b(?:most|least)\s+(?:often|frequent(?:ly)?|common(?:ly)?|used|mentioned|discussed|cited|covered|talked\s+about|written\s+about)\b|\b(?:appears?|occurs?|comes?\s+up|features?|mentioned|discussed|used|cited|covered|written\s+about|talked\s+about)\s+(?:the\s+)?(?:most|least)\b|\bhow\s+(?:often|many\s+times|frequently)\b|\bfrequenc(?:y|ies)\b|\bcounts?\b/iu;

/** Whether a question asks how often the text uses each of the record's keywords. */
export function asksKeywordCounts(question: string): boolean {
  return KEYWORDS.test(question) && HOW_OFTEN.test(question);
}

/**
 * How often the text we have uses each of the record's keywords, most used first ("Of its
 * keywords, “concentric circle” occurs most often: 24 times; then …"), citing the record's list.
 * Undefined when the question asks no such thing or the record lists no keywords.
 */
export function answerKeywordCounts(question: string, parsed: ParsedThesis, corpus: string): Answer | undefined {
  const keywords = parsed.metadata.keywords ?? [];
  const span = parsed.metadataSpans.keywords;
  if (!asksKeywordCounts(question) || keywords.length === 0 || !span) return undefined;
  const sentences = parsed.sections.flatMap((s) => s.sentences);
  const counted = keywords
    .map((keyword) => ({ keyword, count: sentences.reduce((n, x) => n + termIn(x.text, keyword).length, 0) }))
    .sort((a, b) => b.count - a.count);
  const [top, ...rest] = counted;
  if (!top) return undefined;
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  const others = rest.map((k) => `“${k.keyword}” (${times(k.count)})`);
  const then = others.length > 1 ? `${others.slice(0, -1).join(', ')} and ${others.at(-1)}` : others.join('');
  const answer = `Of its keywords, “${top.keyword}” occurs most often in the text we have: ${times(top.count)}${then ? `; then ${then}` : ''}. ${tagOf('metadata')}`;
  return { question, answer, abstained: false, citations: [recordCitation(span, corpus)], nearest: [] };
}
