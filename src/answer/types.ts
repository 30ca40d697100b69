import type { SectionId } from '../types.ts';

/** Where a citation points: a section of the thesis or its catalogue metadata. */
export type CitedSection = SectionId | 'metadata';

/** A verbatim quote from the corpus file with its offsets, so anyone can check it. */
export interface Citation {
  section: CitedSection;
  label: string;
  title: string;
  quote: string;
  start: number;
  end: number;
  score: number;
}

/** A section named as a direction when the thesis does not answer. */
export interface SectionPointer {
  section: CitedSection;
  label: string;
  title: string;
}

/** What `ask` returns: the answer text with citation tags, and its sources by relevance. */
export interface Answer {
  question: string;
  answer: string;
  abstained: boolean;
  citations: Citation[];
  /** For refusals: the sections closest to the question, as directions. */
  nearest: SectionPointer[];
}

/** What `summarize` returns. */
export interface Summary {
  section: SectionId;
  label: string;
  title: string;
  summary: string;
  citations: Citation[];
  /** Why the section given is not the one named: "conclusion" in a text without one. */
  note?: string;
}

/** Occurrences of a term in one section. */
export interface LookupGroup {
  section: SectionId;
  label: string;
  count: number;
  snippets: string[];
}

/** What `lookup` returns; `suggestions` lists close terms when nothing matched. */
export interface LookupResult {
  term: string;
  total: number;
  matches: LookupGroup[];
  suggestions: string[];
}
