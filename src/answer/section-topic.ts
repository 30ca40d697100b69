import type { Retriever, SearchMode } from '../retrieval/search.ts';
import { sectionTitled } from '../retrieval/title-ref.ts';
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

/**
 * "(the chapter that comes) after chapter 3", "right before Chapter 5", "precedes chapter 5",
 * "what comes after the introduction", "the first chapter after the introduction", "the chapter
 * before the last one": a chapter named by its neighbour.
 */
const BESIDE = /\b(?:(?:the\s+)?(?:(?:very\s+)?first\s+|next\s+|previous\s+)?(?:chapter|one)\s+)?(?:(?:that|which)\s+)?(?:(?:comes?|came|is|was)\s+)?(?:(?:right|just|immediately|directly)\s+)?(?:(after|following|follows?)|before|preceding|precedes?)\s+(?:the\s+)?(?:chapter\s+(\d+)|(introduction|intro)|(?:last|final)\s+(?:chapter|one))\b/iu;

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
  const n = (m[3] ? 0 : m[2] ? Number(m[2]) : last) + (m[1] ? 1 : -1);
  if (n < 0) return question;
  const edge = n === 0 ? 'introduction' : sections.some((s) => s.id === `chapter-${n - 1}`) ? 'conclusion' : undefined;
  const section = sections.find((s) => s.id === `chapter-${n}`) ?? sections.find((s) => s.id === edge);
  return question.replace(m[0], section?.label ?? `Chapter ${n}`);
}

/**
 * Replaces "the chapter on X" in a question with the label of the section whose sentences
 * cover X best ("Summarize the chapter on consultation" → "Summarize Chapter 3"), so the rest
 * of answering sees a named section, and then a chapter named by its neighbour ("the chapter
 * after the one on consultation" → "Chapter 4"). Leaves the question alone when no section
 * covers X well.
 */
export async function nameSectionByTopic(question: string, sections: readonly Section[], retriever: Retriever, mode?: SearchMode): Promise<string> {
  // "Which chapter has the bit on the joint force?" asks for the chapter: the topic stays the topic.
  const on = HAS_THE_BIT.test(question) ? null : SECTION_ON.exec(question);
  const m = on ?? SECTION_WORD.exec(question) ?? NEIGHBOUR_WORD.exec(question);
  const about = m?.[1];
  if (!m || !about) return nameBeside(question, sections);
  // Words of one chapter's own title name it, whatever other chapters say of them.
  const titled = sections.find((s) => s.id === sectionTitled(about, sections));
  if (titled) return nameBeside(question.replace(m[0], titled.label), sections);
  const candidates = sections.filter((s) => s.id !== 'overview').map((s) => s.id);
  const [top] = await retriever.search(about, { mode, sections: candidates });
  if (!top || top.coverage < MIN_COVERAGE) return question;
  return nameBeside(question.replace(m[0], top.passage.section.label), sections);
}
