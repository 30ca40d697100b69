import { CARDINALS } from '../ingest/ordinals.ts';
import type { ThesisMetadata } from '../types.ts';
import type { Field } from './record-patterns.ts';

/** The record's value for `field` said as a sentence, or undefined when the record lacks it; `counted` when the question asks how many. */
export function sentenceFor(field: Field, meta: ThesisMetadata, counted = false): string | undefined {
  const v = meta[field];
  if (v === undefined) return undefined;
  // "How many keywords does it have?": the count first, then what they are.
  if (field === 'keywords' && counted) return `It has ${CARDINALS[(v as string[]).length] ?? (v as string[]).length} keywords: ${(v as string[]).join(', ')}.`;
  switch (field) {
    case 'author': return `The thesis was written by ${String(v)}.`;
    case 'title': return `The thesis is titled “${String(v)}”.`;
    case 'datePosted': return `It was posted on ${String(v)}.`;
    case 'degree': return `It was written for the degree of ${String(v)}.`;
    case 'type': return `It is a ${String(v).toLowerCase()}.`;
    case 'country': return `It comes from ${String(v)}.`;
    case 'subject': return `Its subject is ${String(v)}.`;
    case 'identifier': return `Its catalogue identifier is ${String(v)}.`;
    case 'keywords': return `Its keywords are: ${(v as string[]).join(', ')}.`;
    // The record names a format, not a copy we hold: say so, so no one waits for a file.
    case 'fullText': return `The catalogue lists its full text as ${String(v)}; this bot has only the text it was given, not that file.`;
  }
}

/** Each field of the record as a refusal names it ("does not give its supervisor"). */
export const RECORD_NAMES: Record<Field, string> = { author: 'its author', title: 'its title', datePosted: 'its date', degree: 'its degree', type: 'its type', country: 'its country', subject: 'its subject', identifier: 'its identifier', keywords: 'its keywords', fullText: 'its full text' };
