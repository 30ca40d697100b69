import { proseOf } from '../ingest/sections.ts';
import { wordCount } from '../ingest/words.ts';
import type { Retriever } from '../retrieval/search.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import type { Section } from '../types.ts';
import { citeSentence, withTags } from './cite.ts';
import { summarizeSection } from './summarize.ts';
import type { Answer, Citation } from './types.ts';

/** Asking for a section's gist: answered with its summary rather than its opening lines. */
const SUMMARY_INTENT = /\b(?:summar(?:y|ies|ize|ise|ized|ised)|tl;?\s?dr|recap|gist|synopsis|main\s+points|key\s+points|nutshell|overview\s+of|sum\s+(?:it\s+|this\s+|that\s+)?up|summing\s+up|wrap\s+(?:it\s+|this\s+)?up|takeaways?|key\s+messages?|main\s+messages?|bottom\s+line|condense|distil+|boil\s+(?:\S+\s+){0,3}?down|break\s+(?:it\s+|this\s+|that\s+)?down(?!\s+(?:of|in)\b)|breakdown\s+of|bullet\s+points?|bullets|catch\s+(?:me\s+|us\s+)?up|fill\s+(?:me|us)\s+in|up\s+to\s+speed|brief\s+(?:me|us)|run-?down|cliff\s*notes|digest\s+of|(?:the\s+)?short\s+version\s+of|crux\s+of\s+(?:the\s+)?(?:chapter|ch\b|section|introduction|intro|overview|thesis|abstract)|stands?\s+out\s+in|pick\s+(?:a|one)\s+(?:sentence|quote|line))\b|总结|概括|概述|摘要|要点/iu;

/** True when a question asks for the gist of what it names ("summarize chapter 4", "tl;dr"). */
export function asksForSummary(question: string): boolean {
  return SUMMARY_INTENT.test(question);
}

/** "In one line", "in a sentence", "a one-liner", "a one-line summary": the gist in a single sentence. */
export const ONE_SENTENCE_INTENT = /\bin\s+(?:one|a\s+single|a|just\s+one)\s+(?:line|sentence)\b|\bone[-\s]?liner\b|\b(?:one|single)[-\s](?:line|sentence)\s+(?:summary|answer|version|gist|overview)\b/iu;

/** "In two sentences", "a three-line summary", "three bullet points": the gist in so many sentences. */
const SENTENCES_INTENT = /\bin\s+(two|three|four|five|2|3|4|5)\s+(?:sentences|lines)\b|\b(two|three|four|five|2|3|4|5)[-\s](?:sentence|line|bullet)\b|\b(two|three|four|five|2|3|4|5)\s+(?:(?:key|main)\s+)?(?:bullet\s+points|bullets|points)\b/iu;

/** How many sentences a question asks its answer or summary in ("in two sentences"), if it says. */
export function sentencesAsked(question: string): number | undefined {
  const m = SENTENCES_INTENT.exec(question);
  const word = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  return word === undefined ? undefined : (Number(word) || ['two', 'three', 'four', 'five'].indexOf(word) + 2);
}

/** True when a question asks for its answer in a single sentence. */
export function asksForOneSentence(question: string): boolean {
  return ONE_SENTENCE_INTENT.test(question);
}

/** A sentence in which the work says what it does: "This paper attempts to…", "…, this thesis argues…". */
const SELF_DESCRIPTION = /^(?:[^.]{0,100}?,\s*)?(?:this|the)\s+(?:paper|thesis|dissertation|study)\s+(?:\p{L}+ly\s+)?(?:attempts|aims|argues|seeks|tries|studies|examines|explores|investigates|considers|proposes|asks|analy[sz]es)\b/iu;

/**
 * The opening sentences of each section (its closing ones when a conclusion is asked of a
 * section that ends the thesis), for questions that name a section and nothing more. Of the
 * overview, the sentences where the work says what it does come first.
 */
function sectionLead(question: string, sections: readonly Section[], exclude: ReadonlySet<number>, fromEnd: boolean, oneSentence: boolean, literal: boolean): Answer {
  const citations: Citation[] = [];
  for (const section of sections) {
    const ordered = fromEnd ? [...proseOf(section)].reverse() : proseOf(section);
    // "The first sentence" is the first one, not the one where the work says what it does.
    const own = section.id === 'overview' && !fromEnd && !literal ? ordered.filter((s) => SELF_DESCRIPTION.test(s.text)) : [];
    let words = 0;
    const picked: Citation[] = [];
    for (const sentence of [...own, ...ordered.filter((s) => !own.includes(s))]) {
      if (words >= 40 || (oneSentence && picked.length > 0)) break;
      if (exclude.has(sentence.start)) continue;
      picked.push(citeSentence(section, sentence, 1));
      words += wordCount(sentence.text);
    }
    citations.push(...picked.sort((a, b) => a.start - b.start));
  }
  return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
}

/**
 * Answers a question that names sections and no topic: a request for the gist of one section
 * gets its summary, anything else ("What is chapter 3 about?") the sections' opening sentences,
 * or their closing ones when their conclusion is asked for. `edgeSentence` asks for the one sentence
 * at that edge ("the first sentence of chapter 4"); a gist asked "in one line" gets the one
 * sentence that best says what the section does. Undefined when nothing is left to say.
 */
export function answerAboutSections(question: string, sections: readonly Section[], retriever: Retriever, exclude: ReadonlySet<number>, fromEnd: boolean, edgeSentence = false): Answer | undefined {
  const [only] = sections;
  const oneLine = asksForOneSentence(question);
  if (only && sections.length === 1 && asksForSummary(question) && !fromEnd && !oneLine) {
    const { citations } = summarizeSection(only, retriever, sentencesAsked(question));
    // Asked again in a conversation ("what else?"), the sentences not quoted yet come instead.
    if (!citations.some((c) => exclude.has(c.start))) return { question, answer: withTags(citations), abstained: false, citations, nearest: [] };
  }
  const lead = sectionLead(question, sections, exclude, fromEnd, edgeSentence || oneLine, edgeSentence);
  return lead.citations.length > 0 ? lead : undefined;
}

/** Words that ask what a section is called ("chapter one's title", "what's the last chapter called"). */
const TITLE_WORDS = new Set(['title', 'titles', 'titled', 'called', 'named', 'name', 'heading', 'headings', 'headed'].map(stem));

/** True when, its section names taken out, a question asks only what the sections are called. */
export function asksForTitle(rest: string): boolean {
  const stems = contentStems(rest);
  return stems.length > 0 && stems.every((t) => TITLE_WORDS.has(t));
}

/**
 * Each section's heading, quoted, or where the text gives it none (an abstract names its
 * chapters only in prose) its opening sentence, which the bot's short title comes from.
 */
export function answerTitles(question: string, sections: readonly Section[]): Answer {
  const parts: string[] = [];
  const citations: Citation[] = [];
  for (const section of sections) {
    const heading = section.sentences.find((s) => s.heading);
    const opening = heading ?? proseOf(section)[0];
    if (!opening) continue;
    const cite = citeSentence(section, opening, 1);
    citations.push(cite);
    parts.push(heading ? `${section.label} is headed: ${withTags([cite])}` : `The text we have gives ${section.label} no heading; it opens: ${withTags([cite])}`);
  }
  return { question, answer: parts.join(' '), abstained: false, citations, nearest: [] };
}
