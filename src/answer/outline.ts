import type { ParsedThesis } from '../types.ts';
import { citeSentence, tagOf, withTags } from './cite.ts';
import type { Answer } from './types.ts';
import { CARDINALS, numberOf } from '../ingest/ordinals.ts';
import { WORK_NOUN } from './work-names.ts';
import { capitalized } from '../ingest/words.ts';

const THE_WORK = String.raw`(?:the|this|its|your)\s+${WORK_NOUN}`;

/**
 * Questions about how the thesis is laid out rather than about what it says: "how many
 * chapters", "how is the thesis structured", "what are its chapters". A content question that
 * merely mentions structure ("the structure of Party branches") does not match.
 */
const OUTLINE_QUESTION = new RegExp(
  [
    // "How many chapters discuss consultation?" asks about a topic, not the layout.
    String.raw`\bhow\s+many\s+(?:chapters?|sections?|parts?)\b(?!\s+(?:discuss|mention|talk|cover|deal|address|say|describe|explain|focus|look|examine|treat|refer|are\s+about|is\s+about)\w*)`,
    String.raw`\b(?:structure|outline|organi[sz]ation|layout|shape|contents|table\s+of\s+contents)\s+of\s+(?:the\s+body\s+of\s+)?${THE_WORK}\b`,
    // "What shape does the thesis take?"
    String.raw`\bwhat\s+(?:shape|form|structure)\s+(?:does|did)\s+(?:it|${THE_WORK})\s+take\b`,
    String.raw`\b(?:thesis|dissertation)['’]?s?\s+(?:(?:overall|general)\s+)?(?:structure|outline|chapters)\b`,
    // "Where does the thesis describe its own structure?", "where does it talk about its overall
    // structure?" (not "the branches and their structure").
    String.raw`\b(?:thesis|dissertation|paper|work|it)\b[^?]*\b(?:its|their)\s+own\s+(?:structure|outline|layout|organi[sz]ation)\b`,
    String.raw`\b(?:thesis|dissertation|paper|work|it)\s+(?:talks?\s+about|describes?|discuss(?:es)?|explains?|lays?\s+out|sets?\s+out|outlines?|presents?|gives?|says?\s+about)\s+its\s+(?:(?:overall|general)\s+)?(?:structure|outline|layout|organi[sz]ation)\b`,
    String.raw`\bhow\s+(?:is\s+)?(?:it|${THE_WORK})\s+(?:is\s+)?(?:structured|organi[sz]ed|divided|laid\s+out|arranged|split)\b`,
    String.raw`\bwhat\s+are\s+(?:the|its)\s+(?:chapters|sections)(?:\s+(?:of|in)\s+${THE_WORK})?\s*\??\s*$`,
    // "What chapters are there?", "which sections exist?"
    String.raw`\b(?:what|which)\s+(?:chapters|sections)\s+(?:are\s+there|exist)\b`,
    // "What are the parts of the thesis?": of the work, so not "the parts of the circle".
    String.raw`\bwhat\s+are\s+(?:the|its)\s+(?:main\s+)?parts\s+(?:of|in)\s+${THE_WORK}\s*\??\s*$`,
    String.raw`\b(?:list|name|outline|enumerate)\s+(?:all\s+)?(?:the|its)\s+chapters\b`,
    // "What are the chapter titles?", "the titles of the chapters", "what are the chapters called?"
    String.raw`\b(?:chapter|section)\s+(?:titles|headings|names)\b|\b(?:titles|headings|names)\s+of\s+(?:the\s+|its\s+|all\s+(?:the\s+)?)?(?:chapters|sections)\b|\bwhat\s+are\s+(?:the\s+|its\s+)?(?:chapters|sections)\s+(?:called|named|titled)\b`,
    // "Does the thesis have six chapters?", "does it have a conclusion chapter?"
    String.raw`\b(?:does|do|did|has)\s+(?:it|${THE_WORK})\s+(?:have|got|contain|include)\s+(?:\w+\s+)?(?:chapters|sections|parts)\b`,
    // "Are there 7 chapters?", "7 chapters, right?": a count of them put to the reader.
    String.raw`^\s*(?:(?:so|and)\s+)?(?:are\s+there\s+|there\s+are\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:chapters|sections)\s*(?:(?:in\s+(?:total|all)|altogether)\s*)?(?:,?\s*right)?\s*[?？!.]*\s*$`,
    // "Someone said the thesis has five parts. True?"
    String.raw`\b(?:thesis|dissertation)\s+(?:has|had|contains|includes|consists\s+of|comprises|is\s+(?:divided|split)\s+into)\s+(?:\w+\s+)?(?:chapters|sections|parts)\b`,
    String.raw`\bwhat\s+(?:parts|sections|chapters)\s+(?:is|are|does|do|has)\s+(?:it|${THE_WORK})\s+(?:have|contain|include|split|divided|organi[sz]ed|broken|made\s+up\s+of|consist|comprise)\b`,
    String.raw`^\s*(?:can\s+you\s+)?(?:please\s+)?outline\s+${THE_WORK}\b`,
    // "Which parts make up the thesis?", "what does the dissertation consist of?"
    String.raw`\b(?:what|which)\s+(?:parts|sections|chapters)\s+(?:make\s+up|compose|constitute|form)\s+${THE_WORK}\b`,
    String.raw`\bwhat\s+(?:does|do)\s+${THE_WORK}\s+(?:consist\s+of|comprise)\s*[?.!]*\s*$|\bwhat\s+is\s+${THE_WORK}\s+(?:made\s+up\s+of|made\s+of|composed\s+of)\s*[?.!]*\s*$`,
    String.raw`^\s*(?:the\s+|an?\s+)?(?:outline|table\s+of\s+contents|toc|structure|chapters?|sections|chapter\s+list|list\s+of\s+(?:the\s+)?chapters)\s*\??\s*$`,
    // "Give me an outline", "show me the table of contents", "thesis outline please".
    String.raw`^\s*(?:(?:can|could)\s+(?:you|i)\s+)?(?:please\s+)?(?:give|show|send|get)\s+(?:me\s+|us\s+)?(?:the\s+|an?\s+)?(?:outline|table\s+of\s+contents|toc|chapter\s+list|list\s+of\s+(?:the\s+)?chapters)(?:\s+(?:of|for)\s+${THE_WORK})?(?:\s+please|\s+pls)?\s*[?.!]*\s*$`,
  ].join('|'),
  'iu',
);

/** A sentence in which the thesis states its own layout: "The thesis is divided into three parts". */
const LAYOUT_STATEMENT = /\b(?:divided|organi[sz]ed|structured|consists?|composed|comprises?)\b.{0,40}\b(?:parts|chapters|sections)\b/iu;

/** How many chapters the parser found. */
const chapterCount = (parsed: ParsedThesis): number => parsed.sections.filter((s) => s.id.startsWith('chapter-')).length;

/** "an introduction, 6 chapters and a conclusion" from the sections found. */
function parts(parsed: ParsedThesis): string {
  const ids = new Set(parsed.sections.map((s) => s.id));
  const chapters = chapterCount(parsed);
  const list = [
    ...(ids.has('introduction') ? ['an introduction'] : []),
    ...(chapters > 0 ? [`${chapters} chapter${chapters === 1 ? '' : 's'}`] : []),
    ...(ids.has('conclusion') ? ['a conclusion'] : []),
  ];
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}` : (list[0] ?? '');
}

/**
 * Answers a question about the layout of the thesis from its parsed sections: how many there
 * are and what each is about, citing the thesis's own statement of its layout when it has one
 * and the sentence each section opens with. Returns undefined
 * for any other question, or when no sections beyond the overview were recognised.
 */
export function answerOutline(question: string, parsed: ParsedThesis): Answer | undefined {
  if (!OUTLINE_QUESTION.test(question)) return undefined;
  const described = parsed.sections.filter((s) => s.id !== 'overview' && s.sentences.length > 0);
  if (described.length === 0) return undefined;
  const own = parsed.sections.flatMap((s) => s.sentences.filter((x) => LAYOUT_STATEMENT.test(x.text)).map((x) => citeSentence(s, x, 1))).slice(0, 1);
  const citations = [...own, ...described.map((s) => citeSentence(s, s.sentences[0] ?? { text: '', start: 0, end: 0 }, 1))];
  const lines = described.map((s) => `${s.label}: ${s.title} ${tagOf(s.id)}`);
  const answer = `${guessed(question, parsed) || counted(question, parsed)}${own.length > 0 ? `${withTags(own)} ` : ''}The thesis text we have describes ${parts(parsed)}. ${lines.join('; ')}.`;
  return { question, answer, abstained: false, citations, nearest: [] };
}

/** "How many chapters?", "the number of chapters": the count is the answer, said first. */
const CHAPTERS_COUNTED = /\bhow\s+many\s+chapters\b|\bnumber\s+of\s+chapters\b/iu;

/** "Six chapters. " for a question counting them, as the sections found give it; else nothing. */
function counted(question: string, parsed: ParsedThesis): string {
  const chapters = chapterCount(parsed);
  return CHAPTERS_COUNTED.test(question) && chapters > 0 ? `${capitalized(CARDINALS[chapters] ?? String(chapters))} chapter${chapters === 1 ? '' : 's'}. ` : '';
}

/** "Seven chapters, right?", "does it have six chapters?": a number of chapters put to the text. */
const CHAPTERS_GUESSED = new RegExp(String.raw`\b(\d{1,2}|${CARDINALS.slice(2, 13).join('|')})\s+chapters\b`, 'iu');

/** "Yes: " or "No: " to a number of chapters the question puts, as the sections found bear it out; else nothing. */
function guessed(question: string, parsed: ParsedThesis): string {
  const guess = numberOf(CHAPTERS_GUESSED.exec(question)?.[1] ?? '');
  if (guess === undefined) return '';
  const chapters = chapterCount(parsed);
  return guess === chapters ? 'Yes: ' : 'No: ';
}

/**
 * "Which chapter is the longest?", "how long is chapter 4?", "how many pages does chapter 3
 * have?", "which one is longer?", "is chapter 2 longer than chapter 3?": the length of a
 * section, which the text we have cannot give.
 */
const LENGTH_ASKED =
  /\b(?:longest|shortest|lengthiest)\b[^?]*\b(?:chapters?|sections?|parts?|one)\b|\b(?:chapters?|sections?|parts?|one)\b[^?]*\b(?:longest|shortest|lengthiest)\b|\bhow\s+(?:long|many\s+(?:pages|words))\s+(?:is|are|does|do)\s+(?:the\s+)?(?:chapters?|sections?|introduction|intro|conclusion)\b|\blength\s+of\s+(?:each\s+|the\s+)?(?:chapters?|sections?)\b|\b(?:chapters?|sections?|parts?|one|introduction|intro)\s+(?:is|are|was|were)\s+(?:the\s+)?(?:longer|shorter|lengthier)\b|\b(?:is|are|was|were)\s+(?:the\s+)?(?:chapters?|sections?|parts?|introduction|intro)(?:\s+[\p{L}\d]+)?\s+(?:longer|shorter|lengthier)\s+than\b/iu;

/**
 * Why a question about the length of a section is refused: the text we have gives each section
 * in a few sentences, whose length says nothing of the section's own. Undefined for any other.
 */
export function sectionLengthRefusal(question: string): Answer | undefined {
  // "Which page is chapter 4 on?": a section's page, which only a paginated copy has.
  if (PAGE_OF_SECTION.test(question)) return { question, answer: 'The thesis text we have does not say: it has no page numbers.', abstained: true, citations: [], nearest: [] };
  // "Which chapter is most important?": the thesis ranks no part of itself.
  if (SECTION_RANKED.test(question)) return { question, answer: 'The thesis text we have does not say: it does not rank its own chapters. Ask what a chapter covers, or “what are the chapters?” for its outline.', abstained: true, citations: [], nearest: [] };
  if (!LENGTH_ASKED.test(question)) return undefined;
  const answer = 'The thesis text we have does not say: it gives no lengths or page counts, and how long it speaks of a section says nothing of the section itself.';
  return { question, answer, abstained: true, citations: [], nearest: [] };
}

/** "Which chapter is the most important?", "the least useful part", "which chapter isn't important?": a ranking of its own sections. */
const SECTION_RANKED =
  /\b(?:which|what)\s+(?:chapter|section|part)\s+(?:is|was)\s+(?:the\s+)?(?:not\s+|n['’]t\s+)?(?:(?:most|least|more|less)\s+)?(?:important|unimportant|significant|interesting|useful|central|relevant|valuable|essential|crucial|key)\b(?!\s+(?:to|for|in|about)\b)|\b(?:most|least)\s+(?:important|significant|interesting|useful|central|relevant|valuable)\s+(?:chapter|section|part\s+of\s+the\s+(?:thesis|dissertation))\b|\bwhich\s+(?:chapter|section)\s+(?:is|was)n['’]t\s+(?:important|useful|significant|relevant)\b/iu;

/** "Which page is chapter 4 on?", "on what page does the introduction start?" (not "which page discusses X?", answered by where X is). */
const PAGE_OF_SECTION =
  /\b(?:which|what)\s+pages?\s+(?:is|are|does|do)\s+(?:the\s+)?(?:chapter\s+\w+|introduction|intro|conclusion|overview)\s+(?:on|in|start|starts|begin|begins|end|ends)\b|\bon\s+(?:which|what)\s+page\s+(?:is|does|do)\s+(?:the\s+)?(?:chapter\s+\w+|introduction|intro|conclusion)\b/iu;
