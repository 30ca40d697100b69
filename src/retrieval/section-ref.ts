import { NUMBER_WORD, PLACE_WORD } from '../ingest/ordinals.ts';
import { labelOf } from '../ingest/sections.ts';
import { takeChapterRefs } from './chapter-ref.ts';
import { readEdges, textEdge } from './edges.ts';
import { takeTitleRefs } from './title-ref.ts';
import type { Section, SectionId } from '../types.ts';

/** Sections a question names, and names it uses for sections the thesis does not have. */
export interface SectionRefs {
  readonly ids: SectionId[];
  readonly missing: string[];
  /** The question with the section names taken out, so they do not count as topic words. */
  readonly rest: string;
  /** A conclusion was asked for (of the thesis, with the overview standing in, or of a named section): its closing sentences matter most. */
  readonly fromEnd: boolean;
  /** True when one sentence at that edge is asked for ("the first sentence of chapter 4"). */
  readonly oneSentence: boolean;
  /** True when the sections named were set aside ("outside chapter 3"): `ids` are the others. */
  readonly outside?: boolean;
}

// "The opening section" is the introduction ("the opening chapter" may be chapter 1);
// "an overview of chapter 3" asks for a summary of chapter 3, not for the overview section;
// "what is chapter 2 an introduction to?" names no introduction section; "the introduction's
// contents" names it, the possessive going with it. An English "preface" is no introduction:
// what one holds (thanks, a personal story) an introduction does not (a Chinese thesis's 前言
// opens its argument, and is).
const NAMED_REF = /\b((?<!\ban\s+)introduction|introduction(?!\s+to\b)|intro|(?:introductory|opening)\s+(?:part|section)|introductory\s+chapter|conclusions?|(?:concluding|closing)\s+(?:part|section)|concluding\s+chapter|overview(?!\s+of\b))\b(?:['’]s\b)?/giu;
/** The same in Chinese ("绪论讲了什么"), where no word boundary sets the name apart. */
const HAN_NAMED = /绪论|导论|引言|前言|结论|结语/gu;
const CHAPTER_NUMBER = String.raw`(?:(?:chapter|ch\.?)\s*(?:${NUMBER_WORD})|(?:the\s+)?(?:${PLACE_WORD}|\d{1,2}(?:st|nd|rd|th))\s+chapter)`;
/**
 * "Chapter 6 overview", "ch 3's overview": a summary of the chapter, as "an overview of chapter
 * 3" is; "chapter 3's conclusion", "the conclusion of chapter 3": the chapter's end, not the
 * thesis's conclusion.
 */
const CHAPTER_PART = new RegExp(String.raw`\b${CHAPTER_NUMBER}(?:['’]s)?\s+(overview|conclusions?)\b|\b(conclusions?)\s+(?:of|to|in)\s+(?:the\s+)?${CHAPTER_NUMBER}\b`, 'iu');
/**
 * "At the start of the thesis", "the end of the dissertation", "the opening part of the
 * thesis": its introduction or its conclusion. The start of the abstract or the text is its
 * first sentence (edges.ts).
 */
const WORK_PART =
  /\b(?:(?:at|in|towards?|near)\s+)?the\s+(?:very\s+)?(?:(start|beginning|outset|(?:opening|first|initial)\s+(?:part|section))|end|close|(?:closing|final|last)\s+(?:part|section))\s+of\s+(?:the|this|its|his|her)\s+(?:thesis|dissertation|paper|study|work|book)\b/giu;
/** "The end of the abstract", "the close of the text": where the text we have concludes. */
const TEXT_END = textEdge('end|ending|close');
/** "What does the thesis say at the beginning?": the same, when the work is named elsewhere in the question. */
const AT_WORK_EDGE = /\b(?:at|in|towards?|near)\s+the\s+(?:very\s+)?(?:(start|beginning|outset)|end|close)\b(?!\s+of\b)/giu;
const WORK_NOUN = /\b(?:thesis|dissertation|paper|study|book)\b/iu;

/**
 * "What does it conclude", "its final verdict": the thesis's conclusion, or the end of the
 * section the question names. "What does it conclude from that?" asks what follows from a passage.
 */
const CONCLUDE_VERB = /\bconclud(?:e|es|ed)\b(?!\s+from\s+(?:that|this|it|these|those)\b)|\b(?:final|overall|closing)\s+(?:verdicts?|judg(?:e)?ments?|word)\b/giu;
/** "What did the examiners conclude?": what someone else concluded, not the thesis or a part of it. */
const OTHERS_CONCLUDE = /\b(?:do|does|did)\s+(?!(?:[\p{L}'’-]+\s+){0,2}(?:thesis|dissertation|paper|study|book|abstract|text|work|author|writer|candidate|it|this|chapter|section|part|introduction|intro|overview|wang|she|he|they)\b)(?:[\p{L}'’-]+\s+){1,3}conclud(?:e|es|ed)\b/iu;
/** Chapters whose title makes them the introduction or conclusion ("1 Introduction", "第一章 绪论"). */
const TITLED = {
  introduction: /^(?:introduction|绪论|导论|引言)$/iu,
  conclusion: /^(?:conclusions?|结论|结语)(?:\s+and\s+\p{L}+)?$/iu,
};

function namedId(word: string): SectionId {
  const w = word.toLowerCase();
  if (w.startsWith('intro') || w.startsWith('opening')) return 'introduction';
  if (w.startsWith('conclu') || w.startsWith('closing')) return 'conclusion';
  return 'overview';
}

/**
 * Finds the sections a question names ("chapter four", "the 3rd chapter", "ch4", "in the
 * introduction", "第三章", "the last kilometer chapter"). A named conclusion that the thesis lacks maps to the overview, where
 * text about the whole thesis lives.
 */
export function findSectionRefs(question: string, sections: readonly Section[]): SectionRefs {
  // "Ignoring the overview, what does chapter 3 say?": the sections asked of, less those set aside.
  const [, aside, asked] = SET_ASIDE_FIRST.exec(question) ?? [];
  if (aside && asked) {
    const left = findSectionRefs(aside, sections).ids;
    const refs = findSectionRefs(asked, sections);
    if (left.length > 0 && refs.ids.length > 0 && !refs.outside) return { ...refs, ids: refs.ids.filter((id) => !left.includes(id)) };
  }
  const found = refCollector(sections);
  const { add, ids, missing } = found;
  const lastChapter = Math.max(0, ...sections.map((s) => (s.id.startsWith('chapter-') ? Number(s.id.slice(8)) : 0)));
  let rest = takeChapterRefs(question, lastChapter, (n) => add(`chapter-${n}`));
  rest = takeTitleRefs(rest, sections, add);
  const workPart = (_m: string, start?: string) => {
    add(start ? 'introduction' : 'conclusion');
    return ' ';
  };
  rest = rest.replace(WORK_PART, workPart).replace(TEXT_END, () => workPart(''));
  if (ids.length === 0 && missing.length === 0 && WORK_NOUN.test(rest)) rest = rest.replace(AT_WORK_EDGE, workPart);
  // The chapter is out of the rest by now, so its overview or conclusion is the first one left.
  const part = CHAPTER_PART.exec(question);
  const partWord = part?.[1] ?? part?.[2];
  if (partWord) {
    rest = rest.replace(new RegExp(String.raw`\b${partWord}\b`, 'iu'), ' ');
    if (/^conclu/iu.test(partWord)) found.fromEnd = true;
  }
  rest = rest.replace(NAMED_REF, (word: string) => {
    add(namedId(word));
    return ' ';
  });
  rest = rest.replace(HAN_NAMED, (word: string) => {
    add(/^结/u.test(word) ? 'conclusion' : 'introduction');
    return ' ';
  });
  const named = ids.length > 0 || missing.length > 0;
  if (named || !OTHERS_CONCLUDE.test(rest)) {
    rest = rest.replace(CONCLUDE_VERB, () => {
      if (named) found.fromEnd = true;
      else add('conclusion');
      return ' ';
    });
  }
  const edges = readEdges(rest, ids.length > 0 || missing.length > 0);
  // "Any mention of consultation outside chapter 3?": every section but the one named.
  const outside = ids.length > 0 && OUTSIDE.test(edges.rest);
  const scope = outside ? sections.map((s) => s.id).filter((id) => !ids.includes(id)) : ids;
  const left = outside ? edges.rest.replace(OUTSIDE, ' ') : edges.rest;
  return { ids: [...new Set(scope)], missing: [...new Set(missing)], rest: left, fromEnd: found.fromEnd || edges.fromEnd, oneSentence: edges.oneSentence, ...(outside ? { outside } : {}) };
}

/** The sections named so far, those the thesis lacks, and whether its end is asked for. */
interface RefCollector {
  readonly ids: SectionId[];
  readonly missing: string[];
  fromEnd: boolean;
  readonly add: (id: SectionId) => void;
}

/**
 * Collects named sections: an introduction or conclusion the thesis gives as a titled chapter
 * is that chapter; a conclusion it lacks is the overview's end; anything else it lacks is missing.
 */
function refCollector(sections: readonly Section[]): RefCollector {
  const have = new Set(sections.map((s) => s.id));
  const found: RefCollector = {
    ids: [],
    missing: [],
    fromEnd: false,
    add: (id) => {
      const titled = id === 'introduction' || id === 'conclusion' ? sections.find((s) => s.id.startsWith('chapter-') && TITLED[id].test(s.title)) : undefined;
      if (have.has(id)) found.ids.push(id);
      else if (titled) found.ids.push(titled.id);
      else if (id === 'conclusion' && have.has('overview')) {
        found.ids.push('overview');
        found.fromEnd = true;
      } else found.missing.push(labelOf(id));
    },
  };
  return found;
}

/** Words that set sections aside: "outside", "except for", "besides", "ignoring", "leaving aside". */
const SET_ASIDE = String.raw`(?:outside(?:\s+of)?|except(?:\s+(?:for|in))?|other\s+than|apart\s+from|aside\s+from|besides|beyond|ignoring|(?:leaving|setting|putting)\s+aside)`;

/** A clause that opens a question by setting sections aside ("ignoring the overview, …"), and the question after it. */
const SET_ASIDE_FIRST = new RegExp(String.raw`^\s*${SET_ASIDE}\s+([^,;:]+)[,;:]\s*(.+)$`, 'iu');

/** A word that sets aside the section named just after it, now taken out ("outside [chapter 3]"). */
const OUTSIDE = new RegExp(String.raw`\b${SET_ASIDE}(?:\s+(?:the|of))?\s{2,}(?=[?.!]*\s*$|[\s,;:])`, 'iu');
