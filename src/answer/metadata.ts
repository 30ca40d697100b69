import type { ParsedThesis } from '../types.ts';
import { authorNamed, fieldsAsked } from './record-asked.ts';
import { UNRECORDED } from './record-patterns.ts';
import type { Answer, Citation } from './types.ts';
import { tagOf } from './cite.ts';
import { RECORD_NAMES, sentenceFor } from './record-text.ts';
import { eachAlternative } from './alternatives.ts';
import { isStopword } from '../retrieval/terms.ts';
import { REQUEST_FRAME } from './asker-frames.ts';

/** "First name", "given name", "full name", "what does Y L stand for": the name written out is asked. */
const GIVEN_NAME = /\b(?:first|given|full|christian|fore)\s*-?\s*names?\b|\bstand\s+for\b|\binitials?\b/iu;
/** A name whose given part is only initials ("Y L Wang", "M. K. Osei"). */
const INITIALS_ONLY = /^(?:\p{Lu}\.?\s*){1,3}\s+\p{Lu}[\p{L}'’-]+$/u;

/** "Is Urumqi one of the keywords?", "is consultation a keyword?": a word put to the record's keywords. */
const KEYWORD_PUT = /^\s*(?:(?:so|and)\s+)?(?:is|are)\s+["“'‘]?(.+?)["”'’]?\s+(?:one\s+of\s+(?:the|its)|among\s+(?:the|its)|in\s+(?:the|its)|a|an)\s+(?:key\s*words?|tags?|search\s+tags?)\b/iu;

/** "Yes." or "No." to a word put to the keywords (one of them, or words of one); else undefined. */
function keywordVerdict(question: string, keywords: readonly string[]): string | undefined {
  const put = KEYWORD_PUT.exec(question)?.[1]?.replace(/^(?:the|a|an)\s+/iu, '').toLowerCase();
  if (!put) return undefined;
  const words = (text: string) => ` ${text.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean).join(' ')} `;
  return keywords.some((k) => words(k).includes(words(put))) ? 'Yes.' : 'No.';
}

/** A citation of one field of the catalogue record, quoted verbatim from the corpus file. */
export function recordCitation(span: { start: number; end: number }, corpus: string): Citation {
  return { section: 'metadata', label: 'Metadata', title: 'Catalogue record', quote: corpus.slice(span.start, span.end), start: span.start, end: span.end, score: 1 };
}

/**
 * Answers questions about the thesis as a work (author, title, date, degree, subject,
 * keywords…) from the parsed catalogue record, citing it as `metadata`. Returns undefined
 * when the question is not of that kind.
 */
export function answerMetadata(question: string, parsed: ParsedThesis, corpus: string): Answer | undefined {
  // "Who supervised or wrote it?" asks both "who supervised it?" and "who wrote it?".
  // "Tell a librarian when it was posted": whom the answer is for is no part of what is asked.
  const readings = eachAlternative(question.replace(REQUEST_FRAME, ' ').replace(/\s{2,}/gu, ' '), isStopword);
  const fields = [...new Set(readings.flatMap((q) => fieldsAsked(q, parsed.metadata)))];
  // "Where did Wang study?" asks what "where did the author study?" does.
  const asAuthor = authorNamed(question, parsed.metadata.author, true);
  const unrecorded = UNRECORDED.filter(([, re]) => readings.some((q) => re.test(q)) || re.test(asAuthor)).map(([name]) => name);
  if (fields.length === 0 && unrecorded.length === 0) return undefined;
  const citations: Citation[] = [];
  const sentences: string[] = [];
  const missing = [...unrecorded];
  for (const field of fields) {
    const sentence = sentenceFor(field, parsed.metadata, /\bhow\s+many\b/iu.test(question));
    const span = parsed.metadataSpans[field];
    if (!sentence || !span) {
      missing.push(RECORD_NAMES[field]);
      continue;
    }
    sentences.push(`${sentence} ${tagOf('metadata')}`);
    citations.push(recordCitation(span, corpus));
  }
  if (missing.length > 0) sentences.push(`The catalogue record we have does not give ${missing.join(' or ')}.`);
  const listed = fields.includes('keywords') ? keywordVerdict(question, parsed.metadata.keywords ?? []) : undefined;
  if (listed) sentences.unshift(listed);
  // "What is the author's first name?" of "Y L Wang": the record has initials, and says no more.
  if (fields.includes('author') && GIVEN_NAME.test(question) && INITIALS_ONLY.test(parsed.metadata.author ?? '')) sentences.push('The record gives the given name only as initials.');
  return { question, answer: sentences.join(' '), abstained: citations.length === 0, citations, nearest: [] };
}
