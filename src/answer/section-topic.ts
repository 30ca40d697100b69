import { NUMBER_WORD, PLACE_WORD, numberOf } from '../ingest/ordinals.ts';
import type { Retriever, SearchMode } from '../retrieval/search.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import { labelTitleRefs, sectionTitled } from '../retrieval/title-ref.ts';
import type { Section } from '../types.ts';

/**
 * "The chapter on consultation", "the part about party branches": a section named by what it
 * is about. The topic runs to the end of its clause or to the verb that asks about it.
 * "Where is the bit about…" and "the passage about…" ask for the passage, so their words stay
 * the topic.
 */
const SECTION_ON =
  /(?<!\bwhere(?:['’]s|\s+is)\s+)\bthe\s+(?:chapter|section|part|one|bit)\s+(?:on|about|dealing\s+with|covering|concerning|regarding)\s+(.+?)(?=\s*(?:[,?;:!.]|$)|\s+(?:say|says|said|discuss|discusses|argue|argues|mention|mentions|cover|covers|conclude|concludes|mean|means|called|titled|entitled|named)\b|\s+and\s+(?:what|how|why|who)\b)/iu;

/** "Which chapter has the bit on…", "what section contains the part about…": the section is asked for, by what its passage is about. */
const HAS_THE_BIT = /\b(?:which|what)\s+(?:chapters?|sections?|parts?)\s+(?:has|have|contains?|includes?|holds?)\s+(?:got\s+)?the\s+(?:bit|part|section|passage|stuff|material)\s+(?:on|about|regarding|concerning)\b/iu;

/** The question without a section named by its topic ("the chapter on consultation"), for a follow-up that names another. */
export function withoutSectionTopic(question: string): string {
  return question.replace(SECTION_ON, ' ');
}

/**
 * "The theory chapter", "the history section": a section named by a word for its topic. Words
 * that place a chapter ("the first chapter", "the next chapter", "the last chapter") are read
 * elsewhere, as places; "the reasons chapter 1 gives" names chapter 1 by its number.
 */
const SECTION_WORD =
  /\bthe\s+((?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|previous|preceding|following|subsequent|prior|opening|closing|concluding|introductory|initial|penultimate|same|other|whole|entire|this|that|each|every|\d+\w*)\b)\p{L}+)\s+(?:chapter|section|part)\b(?!\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4})\b))/iu;

/** "After the history one": a section named by a word for its topic where only a chapter can be meant ("the top one" is no chapter). */
const NEIGHBOUR_WORD = /(?<=\b(?:after|before|following|preceding|precedes?|follows?)\s+)the\s+((?!(?:first|second|third|fourth|fifth|sixth|last|final|next|previous|same|other|very)\b)\p{L}+)\s+one\b/iu;

/** How much of the topic a section's best sentence must cover to be taken as the one meant. */
const MIN_COVERAGE = 0.5;

/** "Chapters that follow chapter 2", but not the reader's "I didn't quite follow chapter 2" nor "to follow it". */
const FOLLOW = String.raw`(?<!(?:n['’]t|\b(?:not|quite|really|fully|to|i|we|you|can|could))\s+)follow`;

/**
 * "(the chapter that comes) after chapter 3", "right before Chapter 5", "precedes chapter five",
 * "before the first chapter",
 * "what comes after the introduction", "the first chapter after the introduction", "the chapter
 * before the last one": a chapter named by its neighbour.
 */
const BESIDE = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:(?:very\s+)?first\s+|next\s+|previous\s+)?(?:chapter|one)\s+)?(?:(?:that|which)\s+)?(?:(?:comes?|came|is|was)\s+)?(?:(?:right|just|immediately|directly)\s+)?(?:(after|following|follows|${FOLLOW})|before|preceding|precedes?)\s+(?:the\s+)?(?:chapter\s+(${NUMBER_WORD})|(introduction|intro)|(?:last|final)\s+(?:chapter|one)|(${PLACE_WORD})\s+chapter)\b`,
  'iu',
);

/**
 * Names a chapter given by its neighbour ("after chapter 3") by its label: before the first
 * chapter is the introduction, after the last the conclusion, where the thesis has them; a
 * chapter it does not have is named all the same, so the answer can say so.
 */
function nameBeside(question: string, sections: readonly Section[]): string {
  const m = BESIDE.exec(question);
  if (!m) return question;
  // The introduction stands before chapter 1, as a chapter 0 would.
  const last = Math.max(0, ...sections.map((s) => (s.id.startsWith('chapter-') ? Number(s.id.slice(8)) : 0)));
  // "Before the last one": the last chapter is the neighbour.
  const named = m[2] ?? m[4];
  const neighbour = m[3] ? 0 : named ? numberOf(named) : last;
  if (neighbour === undefined) return question;
  const n = neighbour + (m[1] ? 1 : -1);
  if (n < 0) return question;
  const edge = n === 0 ? 'introduction' : sections.some((s) => s.id === `chapter-${n - 1}`) ? 'conclusion' : undefined;
  const section = sections.find((s) => s.id === `chapter-${n}`) ?? sections.find((s) => s.id === edge);
  return question.replace(m[0], section?.label ?? `Chapter ${n}`);
}

/**
 * "(What) comes between chapter 2 and chapter 4", "the chapter that lies between the
 * introduction and chapter 2": the sections between two named ones. A verb or a word for a
 * chapter must come first: "the link between chapter 3 and chapter 5" asks of both.
 */
const BETWEEN = /\b(?:(?:the\s+)?(?:chapters?|ones?|parts?|sections?)\s+)?(?:(?:that|which)\s+)?(?:(comes?|came|is|are|lies|lie|sits?|falls?|stands?)\s+)?(?:right\s+|just\s+|directly\s+)?between\s+(.+?)(?=\s*[?,;.!]|$)/iu;

/** Names the sections between two a question names ("comes between chapter 2 and chapter 4" → "is Chapter 3"). */
function nameBetween(question: string, sections: readonly Section[]): string {
  const m = BETWEEN.exec(question);
  if (!m?.[2] || (!m[1] && !/^\s*(?:the\s+)?(?:chapter|one|part|section)/iu.test(m[0]))) return question;
  const order = sections.filter((s) => s.id !== 'overview');
  const ends = findSectionRefs(m[2], sections).ids.map((id) => order.findIndex((s) => s.id === id));
  const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
  const between = order.slice(lo + 1, hi).map((s) => s.label);
  if (ends.length !== 2 || ends.includes(-1) || between.length === 0) return question;
  return question.replace(m[0], `${m[1] ? (between.length > 1 ? 'are ' : 'is ') : ''}${between.join(' and ')}`);
}

/**
 * The first "chapter on X" (or "the history chapter") named by the label of the section that
 * covers X best; the question as it was when it names none, undefined when no section covers X.
 */
async function nameOneByTopic(question: string, sections: readonly Section[], retriever: Retriever, mode?: SearchMode): Promise<string | undefined> {
  // "Which chapter has the bit on the joint force?" asks for the chapter: the topic stays the topic.
  const on = HAS_THE_BIT.test(question) ? null : SECTION_ON.exec(question);
  const m = on ?? SECTION_WORD.exec(question) ?? NEIGHBOUR_WORD.exec(question);
  const about = m?.[1];
  if (!m || !about) return question;
  // Words of one chapter's own title name it, whatever other chapters say of them.
  const titled = sections.find((s) => s.id === sectionTitled(about, sections));
  if (titled) return question.replace(m[0], titled.label);
  const candidates = sections.filter((s) => s.id !== 'overview').map((s) => s.id);
  const [top] = await retriever.search(about, { mode, sections: candidates });
  return top && top.coverage >= MIN_COVERAGE ? question.replace(m[0], top.passage.section.label) : undefined;
}

/**
 * Replaces "the chapter on X" in a question with the label of the section whose sentences
 * cover X best ("Summarize the chapter on consultation" → "Summarize Chapter 3"), so the rest
 * of answering sees a named section, and then a chapter named by its neighbour ("the chapter
 * after the one on consultation" → "Chapter 4") or by the two it lies between. Leaves the
 * question alone when no section covers X well.
 */
export async function nameSectionByTopic(question: string, sections: readonly Section[], retriever: Retriever, mode?: SearchMode): Promise<string> {
  const once = await nameOneByTopic(question, sections, retriever, mode);
  // "Between the history chapter and the chapter on clues": two named by topic.
  const twice = once !== undefined && once !== question && BETWEEN.test(once) ? await nameOneByTopic(once, sections, retriever, mode) : once;
  // "Before the last kilometer chapter": a chapter named by its title, then by its neighbour.
  return twice === undefined ? question : nameBetween(nameBeside(labelTitleRefs(twice, sections), sections), sections);
}
