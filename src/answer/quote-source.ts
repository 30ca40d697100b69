import { contentStems } from '../retrieval/terms.ts';
import type { Section } from '../types.ts';
import { topicWords } from './frame-words.ts';
import { itemAsked } from './enumeration.ts';
import { PLACE_WORD } from '../ingest/ordinals.ts';
import type { Turn } from './conversation.ts';
import { asksWhichSection } from './lead.ts';
import { asksIfInSection } from './in-section.ts';
import { inReadingOrder, isWholeSentence, sentenceHolding, spanText } from './quoted-span.ts';
import { BARE_WH, BARE_WHY, SOURCE_OF_THAT, WH_OF_THAT } from './follow-up-forms.ts';

/**
 * "Which chapter covers that?", "which chapter is that from?", "where is that discussed in
 * detail?": where the passage just quoted is treated at length.
 */
const WHICH_CHAPTER_FOR_THAT =
  /^\s*(?:and\s+|so\s+|ok(?:ay)?\s+)?(?:(?:which|what)\s+(?:chapter|part|section)\s+(?:covers?|discusses|explains|talks\s+about|deals\s+with|goes\s+into|is|was|does)\s+(?:that|this|it)(?:\s+(?:come\s+)?(?:from|in|cover|discuss))?|where\s+(?:is|was|does)\s+(?:that|this|it)\s+(?:discussed|covered|explained|treated|developed)(?:\s+in\s+(?:more\s+)?detail|\s+at\s+length|\s+further)?)\s*[?.!]*\s*$/iu;

/** "Tell me more about the second one", "more on the first": more about one of the things just quoted. */
const ONE_PLACE = String.raw`the\s+\p{L}+(?:\s+one)?`;
const MORE_ABOUT_ONE = new RegExp(
  String.raw`^\s*(?:(?:ok(?:ay)?|so|and|now)[\s,]+)?(?:(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:(?:(?:tell\s+me|say|explain|give\s+me)\s+)?more\s+(?:about|on)|elaborate\s+on|expand\s+on|go\s+into|(?:more\s+)?details?\s+(?:on|about|of))\s+${ONE_PLACE}|${ONE_PLACE}\s+in\s+(?:more\s+|greater\s+|further\s+)?detail)\s*(?:please)?\s*[?.!]*\s*$`,
  'iu',
);

/** "Tell me more", "explain (it further)", "elaborate on that", "what does that mean?", "go on": more of what was just said. */
const BARE_MORE =
  /^\s*(?:(?:ok(?:ay)?|so|and|now)[\s,]+)?(?:(?:can|could)\s+you\s+|please\s+)?(?:tell\s+me\s+more|say\s+more|explain(?:\s+(?:it|that|this))?(?:\s+(?:more|further|in\s+more\s+detail))?|more\s+(?:about|on)\s+(?:that|this|it)|elaborate(?:\s+on\s+(?:that|this|it))?|expand\s+on\s+(?:that|this|it)|what\s+(?:does|did)\s+(?:that|this|it)\s+mean|what\s+(?:is|was)\s+meant\s+by\s+(?:that|this|it)|go\s+on)\s*(?:please)?\s*[?.!]*\s*$/iu;

/** How askedOfItem asks more about an item: the item's own words after it. */
const MORE_ABOUT = 'More about this: ';

/**
 * "Tell me more about the second one" after an answer quoting two or more passages (the two
 * activities of chapter 4): more about the passage in that place, asked in its own words, so
 * what the thesis says beside it is found; "tell me more" after one item asked for by its place
 * ("the second one?") is more about that item. Undefined for any other message.
 */
export function askedOfItem(typed: string, before: Turn | undefined, sections: readonly Section[]): string | undefined {
  const span = itemAskedOf(typed, before);
  const quoted = span && spanText(span, sections);
  return quoted ? `${MORE_ABOUT}${quoted}` : undefined;
}

/** The item a question from askedOfItem asks more about, in the text's words, or undefined for any other question. */
export function itemAskedMore(question: string): string | undefined {
  return question.startsWith(MORE_ABOUT) ? question.slice(MORE_ABOUT.length) : undefined;
}

/** "Quote it", "repeat that", "give me the exact quote", "the exact wording?": the words themselves asked for. */
const QUOTE_IT =
  /^\s*(?:(?:ok(?:ay)?|so|and|now|pls|please|can\s+you|could\s+you)[\s,]+)*(?:(?:quote|repeat)\s+(?:it|that|this)\b[^?]*|(?:(?:give|show|send|paste)\s+(?:me\s+|us\s+)?)?(?:the|its|that)\s+(?:exact\s+|actual\s+|original\s+|full\s+|whole\s+)?(?:quote|quotation|wording|words|sentence|text)(?:\s+(?:please|pls))?)\s*[?.!]*\s*$/iu;

/**
 * "Who does that?", "when?", "why?", "is that in chapter 5?", "quote it" after "tell me more about the third": asked of that item,
 * in its own words, not of the list it was one of.
 */
export function askedOfAskedItem(typed: string, before: Turn | undefined, sections: readonly Section[]): string | undefined {
  const quoteIt = QUOTE_IT.test(typed);
  if (!before?.item || !([WH_OF_THAT, BARE_WH, BARE_WHY].some((form) => form.test(typed)) || asksIfInSection(typed) || quoteIt)) return undefined;
  const quoted = spanText(before.item, sections);
  return quoted ? `${typed.trim().replace(/[?？!.]+$/u, '')} (${quoted})` : undefined;
}

/** "Which chapter is that from?", "according to which chapter?", "source?": one section, of what was just said. */
const WHICH_ONE_SECTION = /\b(?:which|what)\s+(?:chapter|part|section)\b/iu;

/**
 * "According to which chapter?", "which chapter is that from?" after an answer led by a chapter
 * sentence: asked of that sentence, in its words, so the chapter it stands in answers (the
 * question before, asked again, may lead elsewhere). Undefined when the message has a topic of
 * its own, or the lead is the overview's (askedOfQuote looks for the chapter that covers it).
 */
export function askedOfLead(typed: string, before: Turn | undefined, sections: readonly Section[]): string | undefined {
  const lead = before?.lead;
  const section = lead && sentenceHolding(lead, sections)?.section;
  if (!lead || !section || section.id === 'overview') return undefined;
  // "Where is that discussed?" asks the same of the quote as "which chapter is that from?";
  // "in which chapters?" asks every place the topic is, not the quote's one.
  const oneSection = WHICH_ONE_SECTION.test(typed) || (asksWhichSection(typed) && !/\b(?:chapters|sections|parts)\b/iu.test(typed));
  const ofThat = SOURCE_OF_THAT.test(typed) || (oneSection && topicWords(typed).length === 0);
  const quoted = ofThat ? spanText(lead, sections) : undefined;
  // "What page?" keeps its page, so the answer can say the text has none.
  return quoted ? `${/\bpages?\b/iu.test(typed) ? 'Which page is this on' : 'Which chapter is this from'}: ${quoted}` : undefined;
}

/** Where the quote stands that "tell me more about the second one" asks about, or undefined (see askedOfItem). */
export function itemAskedOf(typed: string, before: Turn | undefined): { start: number; end: number } | undefined {
  // "Say more" after "which one is about the mass line?": more about the one chosen.
  if (BARE_MORE.test(typed) && before?.item) return before.item;
  const quotes = before?.quotes ?? [];
  // "Explain it more" after "the second one?": more about the one item just quoted.
  const ofOne = BARE_MORE.test(typed) && before !== undefined && itemAsked(before.question) !== undefined ? 1 : undefined;
  const place = MORE_ABOUT_ONE.test(typed) ? itemAsked(typed) : ofOne;
  if (place === undefined || quotes.length < (ofOne ? 1 : 2)) return undefined;
  return place === 0 ? quotes.at(-1) : quotes[place - 1];
}

/**
 * The question to ask when "which chapter covers that?" follows a quote from the overview,
 * which speaks for the chapters, on a topic no chapter names in so many words ("the third
 * path"): the quote's own words ask it, so the chapter that says the same at length is found
 * rather than the overview again. Undefined for any other message, when the last answer was
 * not from the overview (its chapter is the answer already), or when a chapter sentence holds
 * the topic asked before ("the mass line"), which then finds its chapter itself.
 */
export function askedOfQuote(typed: string, before: Turn | undefined, sections: readonly Section[]): string | undefined {
  const lead = before?.lead;
  if (!lead || before.section !== 'overview' || !WHICH_CHAPTER_FOR_THAT.test(typed)) return undefined;
  const topic = topicWords(before.question);
  const chapters = sections.filter((s) => s.id !== 'overview').flatMap((s) => s.sentences);
  const holds = (text: string) => {
    const stems = new Set(contentStems(text));
    return topic.every((t) => stems.has(t));
  };
  if (topic.length === 0 || chapters.some((s) => holds(s.text))) return undefined;
  // The quote may be one item of a sentence that lists several: its own words, not the sentence's.
  const quoted = spanText(lead, sections);
  return quoted ? `Which chapter covers this: ${quoted}` : undefined;
}

/** "Which chapter covers the third?", "what part discusses the second one?": where one of the things just quoted is treated. */
const WHICH_CHAPTER_FOR_PLACE =
  new RegExp(String.raw`^\s*(?:and\s+|so\s+)?(?:which|what)\s+(?:chapter|part|section)\s+(?:covers?|discusses|explains|talks\s+about|deals\s+with|goes\s+into|is\s+about|treats)\s+the\s+(?:${PLACE_WORD})(?:\s+(?:one|\p{L}+))?\s*[?.!]*\s*$`, 'iu');

/**
 * "Which chapter covers the third?" after the overview's list (the four paths): asked in the
 * words of the third thing quoted, in reading order, as "which chapter covers that?" is of
 * one. Undefined for any other message, or after an answer from a chapter.
 */
export function askedOfPlace(typed: string, before: Turn | undefined, sections: readonly Section[]): string | undefined {
  const quotes = inReadingOrder(before);
  const place = WHICH_CHAPTER_FOR_PLACE.test(typed) ? itemAsked(typed) : undefined;
  if (before?.section !== 'overview' || !place || quotes.length < place) return undefined;
  const span = quotes[place - 1];
  const quoted = span && spanText(span, sections);
  return quoted ? `Which chapter covers this: ${quoted}` : undefined;
}

/** "Is that also in chapter 5?", "is it in the introduction too?": whether a named part says it as well. */
const IN_PART_TOO = /^\s*(?:and\s+)?(?:is|was)\s+(?:that|this|it)\s+(?:also\s+)?(?:(?:said|mentioned|discussed)\s+)?in\s+((?:the\s+)?(?:chapter\s+\w+|\w+\s+chapter|introduction|intro|overview))(?:\s+(?:too|as\s+well))?\s*[?.!]*\s*$/iu;

/**
 * "Is that also in chapter 5?" after "explain the third one": asked of the item just quoted, in
 * its own words, not of the list it was picked from (whose count a part's number would meet).
 * An item of the overview's is what a chapter works out in words of its own ("hundreds of
 * clues" for "thousands of clues"), so what the chapter says of it is asked, with no yes or no
 * read from the words they share. Undefined unless the question before picked one thing by its
 * place.
 */
export function askedInPartOfItem(typed: string, before: Turn | undefined, sections: readonly Section[]): string | undefined {
  const part = IN_PART_TOO.exec(typed)?.[1];
  // The item is a part of the sentence listing it; a whole sentence quoted since is no item.
  if (!part || !before?.lead || itemAsked(before.question) === undefined || isWholeSentence(before.lead, sections)) return undefined;
  const quoted = spanText(before.lead, sections);
  if (!quoted) return undefined;
  return sentenceHolding(before.lead, sections)?.section.id === 'overview' ? `What does ${part} say of this: ${quoted}` : `Is this in ${part}: ${quoted}`;
}
