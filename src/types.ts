/** Stable identifiers of the parts of a thesis: `overview`, `introduction`, `chapter-N`, `conclusion`. */
export type SectionId = 'overview' | 'introduction' | 'conclusion' | `chapter-${number}`;

/** One sentence of the body, with its character offsets into the corpus file. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A heading line ("2 Shared Waters", "第三章 社区协商"): it names a section, it says nothing. */
  readonly heading?: boolean;
}

/** A part of the thesis the abstract describes, with the sentences that describe it in document order. */
export interface Section {
  readonly id: SectionId;
  /** Human label, e.g. "Chapter 4", "Introduction". */
  readonly label: string;
  /** Short title derived from the section's opening sentence. */
  readonly title: string;
  readonly sentences: readonly Sentence[];
}

/** Bibliographic fields found in the page copy; any may be missing. */
export interface ThesisMetadata {
  title?: string;
  author?: string;
  degree?: string;
  type?: string;
  country?: string;
  datePosted?: string;
  subject?: string;
  identifier?: string;
  keywords?: string[];
  /** How the catalogue offers the full text ("PDF"); the text itself is not in the corpus. */
  fullText?: string;
}

/** Result of parsing the corpus file. */
export interface ParsedThesis {
  readonly metadata: ThesisMetadata;
  /** Offsets of each metadata field's raw value in the corpus file. */
  readonly metadataSpans: Partial<Record<keyof ThesisMetadata, { start: number; end: number }>>;
  readonly sections: readonly Section[];
  /** Problems worth telling the person who runs the ingest, e.g. "no chapters recognised". */
  readonly warnings: readonly string[];
}

/** A retrieval unit: a window of consecutive sentences inside one section. */
export interface Chunk {
  readonly id: string;
  readonly sectionId: SectionId;
  readonly label: string;
  /** Order of the chunk in the document, from 0. */
  readonly position: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
