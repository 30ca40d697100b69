import { findSectionRefs } from '../retrieval/section-ref.ts';
import { contentStems, stem } from '../retrieval/terms.ts';
import { askedOrdinal } from './enumeration.ts';
import { asksForOthers } from './exclusion.ts';
import type { Section } from '../types.ts';
import { asksAboutBot } from './help.ts';
import { asksAboutRecord } from './metadata.ts';
import { asksForSummary } from './section-answer.ts';
import { withoutSectionTopic } from './section-topic.ts';
import { afterLookUp } from './look-up-follow-up.ts';
import { COMPARES, whichOfThem } from './section-pointers.ts';
import { asksWhoSaidThat } from './speaker.ts';


/**
 * Words that point back to the previous question's topic. "There" in "what paths are there?"
 * or "is there…" says that something exists, and points nowhere.
 */
const ANAPHORA = /\b(?:that|this|it|its|those|these|they|them|else|more|same|also|he|she|him|his|her)\b|(?<!\b(?:is|are|was|were|be)\s+)\bthere\b(?!\s+(?:is|are|was|were|be)\b)|\b(?:which|that|this|the\s+\p{L}+)\s+ones?\b/iu;
const SHORT = 4;
/** Pronouns for several things, which the thesis (one work) is not. */
const MANY = /\b(?:they|them|those|these|their)\b/iu;
const MORE = /\b(?:else|more|other|another|further)\b/iu;
/** A whole question ("What does the introduction say?"), as against a fragment ("in chapter 5?", "which chapter?", "why?"). */
const WHOLE_QUESTION = /^\s*(?:(?:what|which|who|how|why|where|when)(?:['’]s|\s+(?:does|do|did|is|are|was|were|can|could|should|would)\b)|(?:summari[sz]e|tell|give|show|list)\b)/iu;

/** "Give an example", "for instance?": a request for an illustration of what was just asked about. */
const EXAMPLE = /\b(?:examples?|instances?|illustrations?|illustrate)\b/iu;
const EXAMPLES = new RegExp(EXAMPLE.source, 'giu');

/** Thanks and acknowledgements in a conversation are chat, not questions to answer. */
const CHATTER_ITEM = String.raw`(?:(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:a\s+lot|so\s+much|very\s+much))?|thx|ty|ok(?:ay)?|cool|great|nice|got\s+it|perfect|lol|谢谢|多谢|好的|明白了|\p{Extended_Pictographic}+)`;
/** One or more of them: "ok thanks", "great, thank you!". */
const CHATTER = new RegExp(String.raw`^${CHATTER_ITEM}(?:[\s!.,:)！。，]+${CHATTER_ITEM})*[\s!.,:)！。，]*$`, 'iu');

/** True for "thanks!", "ok", "👍" and the like, which a conversation lets pass unanswered. */
export function isChatter(text: string): boolean {
  return CHATTER.test(text.trim());
}

/** "Why?", "how so?" alone: the reason behind what was just quoted, which is not itself the reason. */
const BARE_WHY = /^\s*(?:and\s+|but\s+)?(?:why|how\s+come|how\s+so|why\s+is\s+that|why\s+so)\s*[?？!.]*\s*$/iu;

/** True when a follow-up asks for more than was already said ("what else…", "tell me more", "why?"). */
export function asksForMore(text: string): boolean {
  return MORE.test(text) || BARE_WHY.test(text);
}

/** "Is that the author's own view?", "is this Wang's opinion?": whose words the last answer quoted. */
const OWN_VIEW = /^\s*(?:and\s+|but\s+|so\s+)?(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:the\s+author['’]?s?|the\s+thesis['’]?s?|the\s+writer['’]?s?|the\s+candidate['’]?s?|\p{L}+['’]s|their|his|her)\s+(?:own\s+)?(?:view|opinion|claim|argument|position|words|idea|voice)\s*[?？!.]*\s*$/iu;

/** "Source?", "citation?", "what's the reference?": where the last answer comes from. */
const SOURCE_OF_THAT = /^\s*(?:and\s+)?(?:(?:what(?:['’]s|\s+is)\s+)?(?:the|your|its)\s+)?(?:source|sources|citation|cite|reference|ref)\s*[?？!.]*\s*$/iu;

/** A question word alone ("when?", "where?", "how many?"): the question before, asked again that way. */
const BARE_WH = /^\s*(?:and\s+|but\s+|so\s+)?(?:when|where|who|whom|how\s+many|how\s+much|how\s+long|how\s+often|since\s+when|by\s+whom|where\s+exactly|when\s+exactly)\s*[?？!.]*\s*$/iu;


/**
 * Turns a short follow-up in a conversation into a question that stands alone, using the
 * previous question: "and in chapter 5?" after "What does chapter 4 say about national unity?"
 * becomes a question about national unity in chapter 5. Questions with a topic of their own,
 * requests for a summary and questions about the work's record ("who wrote it?") are left as
 * they are.
 */
export function resolveFollowUp(previous: string | undefined, current: string, sections: readonly Section[]): string {
  // "Who said that?" asks about the claim just quoted, and "what are they called?" about the
  // things just named: the thesis is "it", one work.
  // "Source?" alone asks where what was just quoted comes from.
  if (previous && SOURCE_OF_THAT.test(current)) return `where is that from (${previous.trim()})`;
  // "When?" alone after "who deployed the activity?" asks when that was, not when the thesis was posted.
  if (previous && BARE_WH.test(current) && !asksAboutRecord(previous)) return `${current.trim().replace(/[?？!.]+$/u, '')} (${previous.trim()})`;
  const aboutRecord = asksAboutRecord(current) && !asksWhoSaidThat(current) && !MANY.test(current);
  // "Hi", "what can you do?" mid-thread ask about the bot, not about the last answer.
  if (!previous || asksForSummary(current) || aboutRecord || asksAboutBot(current)) return current;
  const now = findSectionRefs(current, sections);
  const looked = afterLookUp(previous, current, now, ANAPHORA.test(now.rest));
  if (looked) return looked;
  // After "who wrote it?", "what is it about?" asks of the thesis itself: "it" is the work.
  if (asksAboutRecord(previous) && WHOLE_QUESTION.test(current)) return current;
  // "How come?" asks the same as "why?"; asked twice, it is still one question.
  if (BARE_WHY.test(current)) return /^why \(/u.test(previous) ? previous : `why (${previous.trim()})`;
  // "And the second?" asks for a place in what was just listed: the place is no topic.
  const place = askedOrdinal(now.rest);
  // Nor is "an example" a topic of its own: it asks for one of what was asked before.
  const topic = contentStems(now.rest.replace(EXAMPLES, ' ')).filter((t) => !place || t !== stem(place));
  // One question mark, at the end: the result is one question, not several.
  const asked = current.trim().replace(/[?？]+$/u, '');
  // "Which one is about party branches?" after "how many chapters are there?" asks which chapter.
  const chosen = whichOfThem(current, previous);
  if (chosen && topic.length > 0) return chosen;
  const pointsBack = ANAPHORA.test(now.rest);
  const connected = pointsBack || /^\s*(?:and|what about|how about|but)\b/iu.test(current);
  if (topic.length > SHORT || (topic.length > 0 && !connected)) return current;
  // "What does the introduction say?" asks for itself; only fragments and "and…" lean on the
  // question before, and a request for an example of nothing named ("give an example").
  const example = topic.length === 0 && now.ids.length === 0 && EXAMPLE.test(current);
  // "Which is first?", "what are the others?": a whole question with nothing to ask of but a
  // place in, or the rest of, what was just said.
  const leansByForm = topic.length === 0 && now.ids.length === 0 && (place !== undefined || asksForOthers(current));
  if (!connected && !example && !leansByForm && WHOLE_QUESTION.test(current)) return current;
  // "And what is the key to governance?" has a topic of its own: only where to look carries over.
  if (topic.length > 0 && !pointsBack) {
    const scope = findSectionRefs(previous, sections).ids;
    const labels = sections.filter((s) => scope.includes(s.id)).map((s) => s.label);
    return now.ids.length > 0 || labels.length === 0 ? current : `${asked} (in ${labels.join(' and ')})`;
  }
  // "The second?" after "what's the first reason?" asks for the second reason.
  const moved = place && topic.length === 0 && now.ids.length === 0 ? anotherPlace(previous, place) : undefined;
  if (moved) return moved;
  // "Who else says so?" asks who says what was just quoted, not for more of it; "is that the
  // author's own view?" asks the same, answered by the speaker the quote names, if any.
  if (asksWhoSaidThat(current)) return `${asked} (${previous.trim()})`;
  if (OWN_VIEW.test(current)) return `who said that (${previous.trim()})`;
  // "What else?" asks the same question again (what was said is skipped), not a longer one.
  if (topic.length === 0 && now.ids.length === 0 && now.missing.length === 0 && asksForMore(current)) return previous;
  // "How is it different from chapter 4?" compares the new section with the old: both stay.
  if (now.ids.length > 0 && COMPARES.test(current)) return `${asked} (${previous.trim()})`;
  // A new section keeps the old topic but not the old section; otherwise both carry over.
  if (now.ids.length > 0 || now.missing.length > 0) {
    // "(in Chapter 4)" without its chapter is nothing: it goes too.
    const oldTopic = findSectionRefs(withoutSectionTopic(previous), sections)
      .rest.replace(/\(\s*(?:in\s*)?(?:and\s*)*\)/gu, ' ')
      // "…consultation in ?" without its chapter: the "in" goes with it.
      .replace(/\s+(?:in|of|from|about|on)\s*(?=[?？.!]*\s*$)/iu, '')
      .replace(/\s+/g, ' ')
      .trim();
    return `${asked} ${oldTopic}`;
  }
  return `${asked} (${previous.trim()})`;
}

/**
 * The question before, asking for another place in its list: "what's the first reason (…)"
 * with "third" becomes "what's the third reason (…)". A fragment before it that only asked a
 * place ("the second (what's the first…)") is dropped first. Undefined when it asked no place.
 */
function anotherPlace(previous: string, place: string): string | undefined {
  let base = previous.trim();
  for (let own = ownWords(base); own !== base && askedOrdinal(own) && contentStems(own).every((t) => t === stem(askedOrdinal(own) ?? '')); own = ownWords(base)) {
    base = base.slice(own.length + 2).replace(/\)\s*$/u, '');
  }
  const old = askedOrdinal(ownWords(base));
  return old ? base.replace(new RegExp(`\\b${old}\\b`, 'iu'), place) : undefined;
}

/**
 * The words of a resolved follow-up that the user typed, without the question before it that
 * was added in brackets: "why (which chapter…)" asks why, not which chapter.
 */
export function ownWords(question: string): string {
  return question.split(' (')[0] ?? question;
}
