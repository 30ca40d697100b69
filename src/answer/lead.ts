import type { Passage } from '../retrieval/search.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import type { Section } from '../types.ts';
import { contentStems } from '../retrieval/terms.ts';
import { LISTED_ASKED, THERE_IS_MENTION } from './asking-frames.ts';
import { TREATING_VERB } from './treating-frames.ts';
import { qualityVerdict } from './predicate-lead.ts';
import { directionsTo } from './refusal.ts';
import { inSectionVerdict } from './in-section.ts';
import { TURNS_UP } from './verb-frames.ts';
import type { Answer, SectionPointer } from './types.ts';

/**
 * "Which chapter…", "where does it discuss…", "where does the author look at…", "where's the bit about…",
 * "what part of the thesis…", "is there a chapter on…" want a chapter: the
 * overview, which speaks of every chapter, is not one. So does "where exactly?" or "where in the
 * thesis?" of what was just quoted. A bare "where is Urumqi?" asks a place.
 */
const WHICH_SECTION =
  /\bwhich\s+(?:chapters?|parts?|sections?)\b(?!\s*(?:\d|(?:[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\b))|\bwhat\s+(?:chapters?|sections?)\b(?!\s*(?:\d|(?:[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\b))|\bwhere\b(?=.*\b(?:discuss(?:es|ed)?|talks?\s+about|talked\s+about|mentions?|mentioned|covers?|covered|deals?\s+with|dealt\s+with|address(?:es|ed)?|explains?|explained|defines?|defined|introduces?|introduced|describes?|described|looks?\s+at|looked\s+at|examines?|examined|analy[sz]es?|analy[sz]ed|reviews?|reviewed|(?<!\b(?:the|this|its|her|his|a)\s+)stud(?:y|ies|ied)|considers?|considered|expounds?|expounded|goes\s+into|went\s+into)\b)|\bwhere(?:['’]s|\s+is)\s+the\s+(?:bit|part|passage|place)\b|\bwhat\s+parts?\s+of\s+the\s+(?:thesis|dissertation|paper|text|abstract|study)\b|\bwhere\s+(?:can|could|should|would|do|must|might)\s+(?:i|we|one)\s+(?:find|read|look|go|turn)\b|^\s*(?:and\s+)?where(?:['’]s|\s+(?:is|was))\s+(?:that|this|it)(?:\s+(?:said|stated|mentioned|written|discussed|from))?(?:\s+in\s+the\s+(?:thesis|text|abstract))?\s*[?.!]*\s*$|^\s*(?:and\s+)?where\s+(?:does|did)\s+(?:it|the\s+(?:thesis|text|abstract|author))\s+(?:say|state|write|claim)\s+(?:that|this|so)\s*[?.!]*\s*$|^\s*(?:and\s+|but\s+|so\s+)?where\s+(?:exactly|precisely|in\s+the\s+(?:thesis|text|abstract|paper|dissertation))\s*[?.!]*\s*$/iu;

/** "Is there a chapter on…", "are there sections about…". */
const CHAPTER_ON = /\b(?:is|are)\s+there\s+(?:a|any)\s+(?:chapter|section)s?\s+(?:on|about)\b/iu;

/** "Which page…", "on what page…": the text we index has no pages, so the chapter answers. */
const PAGE_ASKED = /\b(?:which|what)\s+pages?\b|\bpage\s+numbers?\b/iu;

/** "Does the thesis mention X?", "Is X discussed?", "does X come up?", "does any chapter discuss X?": asks whether, not what. */
const MENTION_QUESTION = new RegExp(String.raw`^\s*(?:(?:lol|ok|okay|so|hey|yo|and|but|um+|hmm+|well|wait|quick\s+(?:check|question)|just\s+checking|sanity\s+check)[\s,:;!–—-]+)*(?:does|do|did)\s+(?:the\s+|any\s+)?(?:thesis|dissertation|paper|author|abstract|text|it|chapter(?:\s+\w+)?|section|part|introduction|intro|overview)\s+(?:ever\s+)?(?:mention|discuss|talk\s+about|refer\s+to|cite|quote|name|${TREATING_VERB})\b|^\s*(?:is|are|was|were)\s+.+\s+(?:mentioned|discussed|quoted|cited|named|referred\s+to|${TREATING_VERB})\b|^\s*(?:${THERE_IS_MENTION})|^\s*(?:does|do|did)\s+(?!(?:the\s+)?(?:thesis|dissertation|paper|author|abstract|text|it)\b)\S.*?${TURNS_UP}`, 'iu');

/** The thing a "does it mention X?" question asks about, as typed. */
const MENTIONED = [
  new RegExp(String.raw`\b(?:mention|discuss|talk\s+about|refer\s+to|cite|quote|name|${TREATING_VERB})\s+(?!of\b)(?:anything\s+(?:about|on)\s+)?(.+?)\s*[?!.]*$`, 'iu'),
  new RegExp(String.raw`^\s*(?:is|are|was|were)\s+(.+?)\s+(?:ever\s+)?(?:mentioned|discussed|quoted|cited|named|referred\s+to|${TREATING_VERB})\b`, 'iu'),
  /\b(?:discussion|mention|treatment|account|chapter|section|part)s?\s+(?:of|on|about|regarding)\s+(.+?)\s*[?!.]*$/iu,
  new RegExp(String.raw`^\s*(?:does|do|did)\s+(.+?)${TURNS_UP}`, 'iu'),
];

/** True for "which chapter / part / section…": the answer should be a chapter. */
export function asksWhichSection(question: string): boolean {
  return WHICH_SECTION.test(question) || PAGE_ASKED.test(question) || CHAPTER_ON.test(question);
}

/**
 * Answers "which chapter…" and "does it mention…" in words first, the quotes then showing
 * why: the chapter and its title, or "Yes." when the first quote, from the place asked
 * about, holds every topic word.
 */
export function withLead(answer: Answer, asked: { question: string; topic: readonly string[]; named: readonly Section[]; which: boolean }, passages: readonly Passage[]): Answer {
  const first = answer.citations[0];
  const stems = first ? passages.find((p) => p.start === first.start)?.stems : undefined;
  const placed = inSectionVerdict(answer, asked, stems);
  if (placed) return placed;
  if (answer.abstained) return MENTION_QUESTION.test(asked.question) ? withNo(answer, asked, passages) : answer;
  if (!first) return answer;
  const inNamed = asked.named.length === 0 || asked.named.some((s) => s.id === first.section);
  const mention = MENTION_QUESTION.test(asked.question);
  const found = mention && inNamed && asked.topic.every((t) => stems?.has(t));
  // "Does chapter 5 mention women party secretaries?": a word of it that the thesis never uses
  // means it does not, whatever the nearest passage says of party secretaries.
  const unused = mention && !found && asked.topic.some((t) => !passages.some((p) => p.stems.has(t)));
  if (unused) return notMentioned(answer, asked);
  // Only a chapter answers "which chapter"; a quote from the overview is left to speak for itself,
  // unless it names the one chapter that does ("Chapter 3 reports the interviews").
  const where = asked.which ? chapterNamedIn(first.quote, first.section, passages) ?? (first.section === 'overview' ? undefined : first) : undefined;
  // "Is there a chapter on consultation?" asks yes or no as well as where.
  const pages = where && PAGE_ASKED.test(asked.question) ? 'The text we have has no page numbers; it is in ' : where && CHAPTER_ON.test(asked.question) ? 'Yes: ' : '';
  // "Which chapters discuss stability?": every chapter with a sentence holding the whole topic.
  // Of the chapters asked among, when some are ("besides chapter 2").
  const among = (id: string) => asked.named.length === 0 || asked.named.some((s) => s.id === id);
  const all = where && PLURAL_WHICH.test(asked.question) ? chaptersHolding(asked.topic, passages).filter((s) => among(s.id)) : [];
  const named = all.length > 1 ? `${all.map((s) => `${s.label} (“${s.title}”)`).join(', ').replace(/, ([^,]+)$/u, ' and $1')}. ` : undefined;
  // A quote from the overview says where the thesis speaks of it as a whole, in no one chapter.
  const overview = `the ${first.label.toLowerCase()}, on the thesis as a whole: `;
  const whole = asked.which && !where && first.section === 'overview' ? (PAGE_ASKED.test(asked.question) ? `The text we have has no page numbers; it is in ${overview}` : `From ${overview}`) : undefined;
  const verdict = yesOrNo(answer, asked.question, found, stems);
  const lead = named ?? whole ?? (where ? `${pages}${where.label}, “${where.title}”. ` : verdict ? `${verdict}. ` : '');
  return { ...answer, answer: `${lead}${answer.answer}` };
}

/**
 * "Yes" to "does it mention X?" found or "is X one of them?", "Yes" or "No" to "is X so?" as the
 * quotes put it; nothing when the answer opens with one already (a count confirmed).
 */
function yesOrNo(answer: Answer, question: string, found: boolean, stems: ReadonlySet<string> | undefined): 'Yes' | 'No' | undefined {
  if (/^(?:Yes|No)[.:]/u.test(answer.answer)) return undefined;
  // "Does it name them?" of things the thesis only counts: it does not, whatever it mentions.
  if (UNLISTED.test(answer.answer) && POLAR.test(question)) return 'No';
  if (/^1\. /u.test(answer.answer) && LISTED_ASKED.test(question)) return 'Yes';
  return found || oneOfThem(question, stems) ? 'Yes' : qualityVerdict(question, answer.citations.map((c) => c.quote));
}

/** The note that says the thesis counts things it never names (unlisted.ts). */
const UNLISTED = /^The thesis names the .+? but does not list them\./u;
/** A question asking yes or no: "does it…?", "is it…?". */
const POLAR = /^\s*(?:(?:and|so|but)\s+)?(?:does|do|did|is|are|was|were|can|could)\b/iu;

/** "Is consultation one of them?", "is the party among those?": one thing asked to be among things just given. */
const ONE_OF = /^\s*(?:(?:and|so|but)\s+)?(?:is|are)\s+(.+?)\s+(?:one\s+of|among(?:st)?|part\s+of|in)\s+(?:them|those|these|it)\b/iu;

/** Whether "is X one of them?" is answered by a first quote that holds every word of X. */
function oneOfThem(question: string, stems: ReadonlySet<string> | undefined): boolean {
  const thing = ONE_OF.exec(question)?.[1];
  const words = thing ? contentStems(thing) : [];
  return words.length > 0 && words.every((t) => stems?.has(t));
}

/** "Which chapters…", "what sections…": more than one may be the answer. */
const PLURAL_WHICH = /\b(?:which|what)\s+(?:chapters|parts|sections)\b/iu;

/**
 * "In which part does it talk about thousands of clues?": when only the overview holds every
 * word of the topic, it is the part that answers, unless a chapter is asked for by name.
 */
export function onlyOverviewHolds(question: string, topic: readonly string[], passages: readonly Passage[]): boolean {
  const holds = (p: Passage) => topic.length > 0 && topic.every((t) => p.stems.has(t));
  return !/\bchapters?\b/iu.test(question) && passages.some((p) => p.section.id === 'overview' && holds(p)) && chaptersHolding(topic, passages).length === 0;
}

/** The sections other than the overview, in order, with a sentence holding every topic word. */
function chaptersHolding(topic: readonly string[], passages: readonly Passage[]): Section[] {
  const holding = passages.filter((p) => p.section.id !== 'overview' && topic.length > 0 && topic.every((t) => p.stems.has(t)));
  return [...new Set(holding.map((p) => p.section))];
}

/**
 * The one section other than its own that a quote names ("Chapter 3 will return to the methods
 * when it reports the interviews"), by label and title; undefined when it names none or several.
 */
function chapterNamedIn(quote: string, own: string, passages: readonly Passage[]): { label: string; title: string } | undefined {
  const sections = [...new Set(passages.map((p) => p.section))];
  const others = findSectionRefs(quote, sections).ids.filter((id) => id !== own);
  const [only] = others;
  return others.length === 1 ? sections.find((s) => s.id === only) : undefined;
}

/** "No" to "does it mention X?" when words of X never occur: the quoted sections stay as directions. */
function notMentioned(answer: Answer, asked: { question: string }): Answer {
  const thing = MENTIONED.map((p) => p.exec(asked.question)?.[1]).find(Boolean) ?? 'it';
  const nearest: SectionPointer[] = [];
  for (const c of answer.citations) {
    if (c.section !== 'metadata' && !nearest.some((s) => s.section === c.section)) nearest.push({ section: c.section, label: c.label, title: c.title });
  }
  const shown = nearest.slice(0, 2);
  return { question: answer.question, answer: `No. The thesis text we have does not mention ${thing}.${directionsTo(shown)}`, abstained: true, citations: [], nearest: shown };
}

/**
 * "Does it mention covid?" about something the thesis never names anywhere: the refusal says
 * no, in so many words, rather than that the thesis "does not say".
 */
function withNo(answer: Answer, asked: { question: string; topic: readonly string[] }, passages: readonly Passage[]): Answer {
  const thing = MENTIONED.map((p) => p.exec(asked.question)?.[1]).find(Boolean);
  const nowhere = asked.topic.length > 0 && asked.topic.every((t) => !passages.some((p) => p.stems.has(t)));
  if (!thing || !nowhere) return answer;
  const no = answer.answer.replace(/^The thesis text we have does not say\./u, `No. The thesis text we have does not mention ${thing}.`);
  // The refusal's own "It does not mention weaknesses." would say it twice.
  const said = (part: string) => thing.toLowerCase().includes(part.replace(/[“”]/gu, '').toLowerCase());
  return { ...answer, answer: no.replace(/\s*It does not mention ([^.]+)\./u, (whole, part: string) => (said(part) ? '' : whole)) };
}
