import type { AskOptions } from './answer/ask.ts';
import { answerEach } from './answer/multi.ts';
import { lookupTerm } from './answer/lookup.ts';
import { laidOut } from './answer/layout.ts';
import { cleanQuestion } from './answer/question.ts';
import { nameSectionByTopic } from './answer/section-topic.ts';
import { summarizeSection } from './answer/summarize.ts';
import type { Answer, LookupResult, SectionPointer, Summary } from './answer/types.ts';
import { ThesisBotError } from './errors.ts';
import { Retriever, type SearchMode } from './retrieval/search.ts';
import { parseSectionArg } from './retrieval/section-arg.ts';
import { findSectionRefs } from './retrieval/section-ref.ts';
import { type Thesis, type ThesisText, hasIndex } from './thesis.ts';
import type { Section, ThesisMetadata } from './types.ts';

/** What `about` shows: the thesis record and how the index was built. */
export interface About {
  metadata: ThesisMetadata;
  embedder: string;
  builtAt: string;
  sections: number;
  chunks: number;
}

/**
 * Everything a user can do, over one loaded thesis: the single core behind the CLI and the
 * Discord bot. Loading happens once, before; each call here is cheap. Over the text alone
 * (no index) it summarises, looks up and lists sections, and asks by keywords only.
 */
export class ThesisCore<T extends ThesisText = Thesis> {
  private readonly retriever: Retriever;

  constructor(
    readonly thesis: T,
    private readonly mode: SearchMode = 'hybrid',
  ) {
    this.retriever = new Retriever(thesis.parsed.sections, hasIndex(thesis) ? thesis : undefined);
  }

  /**
   * Answers a question with citations, or says the thesis does not. `exclude` holds the start
   * offsets of sentences already given, for "what else…" follow-ups.
   * @throws ThesisBotError BAD_QUESTION for an empty, wordless or overlong question.
   */
  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const cleaned = cleanQuestion(question);
    return laidOut(cleaned, await answerEach(cleaned, { ...options, parsed: this.thesis.parsed, corpus: this.thesis.corpus, retriever: this.retriever, mode: this.mode }));
  }

  /**
   * Summarises the section named by `arg` ("4", "chapter four", "ch4", "intro"…) or by what it
   * is about ("the chapter on the corps").
   * @throws ThesisBotError UNKNOWN_SECTION listing the sections there are.
   */
  async summarize(arg: string): Promise<Summary> {
    const section = parseSectionArg(arg, this.thesis.parsed.sections) ?? (await this.sectionAbout(arg));
    if (!section) {
      const valid = this.chapters().map((s) => `${s.section} (${s.label})`).join(', ');
      throw new ThesisBotError('UNKNOWN_SECTION', `There is no section "${arg.trim().slice(0, 40)}". Choose one of: ${valid}.`);
    }
    const summary = summarizeSection(section, this.retriever);
    // A text without a conclusion closes on the thesis as a whole in its overview, which stands in.
    if (/\bconclu/iu.test(arg) && section.id !== 'conclusion') {
      return { ...summary, note: `The text we have has no conclusion of its own; the ${section.label.toLowerCase()}, which ends on the thesis as a whole, stands in for it.` };
    }
    return summary;
  }

  /** The one section a phrase like "the corps chapter" names by its topic, found by search. */
  private async sectionAbout(arg: string): Promise<Section | undefined> {
    const { sections } = this.thesis.parsed;
    // "chapter on the corps", as typed into a command, is "the chapter on the corps".
    const phrase = arg.trim().slice(0, 200).replace(/^(?=(?:chapter|section|part)\b)/iu, 'the ');
    const named = await nameSectionByTopic(phrase, sections, this.retriever, this.mode);
    const refs = findSectionRefs(named, sections);
    return refs.ids.length === 1 && named !== phrase ? sections.find((s) => s.id === refs.ids[0]) : undefined;
  }

  /** Every occurrence of a term, by section. */
  lookup(term: string): LookupResult {
    return lookupTerm(term.slice(0, 200), this.thesis.parsed.sections, this.retriever.vocabulary);
  }

  /**
   * Terms to look up that begin with what was typed: the thesis's own keywords first, then its
   * words, commonest first.
   */
  terms(typed: string, limit = 25): string[] {
    const prefix = typed.trim().toLowerCase();
    const keywords = (this.thesis.parsed.metadata.keywords ?? []).filter((k) => k.toLowerCase().startsWith(prefix));
    return [...new Set([...keywords, ...this.retriever.vocabulary.completions(prefix, limit)])].slice(0, limit);
  }

  /** The outline: each section with its title. */
  chapters(): SectionPointer[] {
    return this.thesis.parsed.sections.map((s) => ({ section: s.id, label: s.label, title: s.title }));
  }

  /** The thesis record and the index's embedder and build time. */
  about(this: ThesisCore<Thesis>): About {
    const { manifest } = this.thesis.store;
    return { metadata: this.thesis.parsed.metadata, embedder: manifest.embedder, builtAt: manifest.builtAt, sections: manifest.sections, chunks: manifest.chunks };
  }
}
