/**
 * The forms of a message in a conversation that say how it leans on the question before it:
 * pointing back ("that", "they"), asking again ("why?", "when?", "source?"), or asking for more.
 */

import { YOUNG_AGE } from './asker-frames.ts';
import { OTHERS } from './exclusion.ts';
import { LAYOUT_WORDS } from './layout.ts';

/**
 * Words that point back to the previous question's topic. "There" in "what paths are there?"
 * or "is there…" says that something exists, and points nowhere; "each" and "both" point back
 * standing alone ("what does each achieve?", "are both needed?"), not before a noun ("each chapter").
 */
export const ANAPHORA = /\b(?:that|this|it|its|those|these|they|them|else|more|same|also|he|she|him|his|her)\b|(?<=\b(?:do|does|did|can|could|will|would|should|must|is|are|was|were)\s+)(?:each|both)\b(?=\s+\p{L}+\s*(?:[?？!.,]|$))|\b(?:each|both)\b(?=\s*(?:[?？!.,]|$)|\s+(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|must|achieves?|means?)\b)|(?<!\b(?:is|are|was|were|be)\s+)\bthere\b(?!\s+(?:is|are|was|were|be)\b)|\b(?:which|that|this|the\s+\p{L}+)\s+ones?\b/iu;
/** Pronouns for several things, which the thesis (one work) is not. */
export const MANY = /\b(?:they|them|those|these|their)\b/iu;
const MORE = new RegExp(String.raw`\b(?:else|more|another|further)\b|${OTHERS.source}`, 'iu');
/** A whole question ("What does the introduction say?"), as against a fragment ("in chapter 5?", "which chapter?", "why?"). */
export const WHOLE_QUESTION = /^\s*(?:(?:what|which|who|how|why|where|when)(?:['’]s|\s+(?:does|do|did|is|are|was|were|can|could|should|would)\b)|(?:summari[sz]e|tell|give|show|list)\b)/iu;

/** "Give an example", "for instance?", "what evidence is there?": a request for an illustration of, or support for, what was just asked about. */
export const EXAMPLE = /\b(?:examples?|instances?|illustrations?|illustrate|evidence)\b/iu;
export const EXAMPLES = new RegExp(EXAMPLE.source, 'giu');
/** "The rest", "the remaining ones": what is left of what was just said, no topic of its own. */
export const THE_REST = new RegExp(OTHERS.source, 'giu');

/** "Why?", "how so?" alone: the reason behind what was just quoted, which is not itself the reason. */
export const BARE_WHY = /^\s*(?:and\s+|but\s+)?(?:why|how\s+come|how\s+so|why\s+is\s+that|why\s+so)\s*[?？!.]*\s*$/iu;

/** "What follows from that?", "what does the author conclude from it?", "so what?": what the text draws from the passage just quoted. */
export const FOLLOWS_FROM =
  /^\s*(?:and\s+|so\s+)?(?:what\s+follows(?:\s+from\s+(?:that|this|it))?|what\s+(?:does|did)\s+(?:the\s+author|the\s+thesis|it|he|she|wang)\s+(?:conclude|infer|draw|deduce)\s+from\s+(?:that|this|it)|so\s+what)\s*[?？!.]*\s*$/iu;

/**
 * "Go on", "continue", "keep going", "and then?": a nudge to say more, as "tell me more" asks;
 * so is "wrong, try again" or "that's not what I asked": other passages, not the same ones.
 */
const CONTINUE = /^\s*(?:(?:ok(?:ay)?|so|and|yes|yeah|please|no|nope|hm+)[\s,]+)?(?:go\s+on|continue|keep\s+going|carry\s+on|go\s+ahead|and\s+then|then\s+what|(?:(?:that|this|it)(?:['’]s|\s+is)\s+)?(?:wrong|not\s+it|not\s+right|incorrect|not\s+what\s+i\s+(?:asked|meant|wanted))(?:[\s,.!]+(?:please\s+)?try\s+again)?|try\s+again)(?:[\s,]+(?:please|pls|plz))?\s*[?？!.…]*\s*$/iu;

/** What was typed, with a bare nudge to go on read as the "tell me more" it means. */
export function asMore(typed: string): string {
  return CONTINUE.test(typed) ? 'tell me more' : typed;
}

/** True when a follow-up asks for more than was already said ("what else…", "tell me more", "why?"). */
export function asksForMore(text: string): boolean {
  // "Which one is more important?" compares; it asks for no more.
  return MORE.test(text.replace(COMPARATIVE, ' ')) || BARE_WHY.test(text);
}

/**
 * "More important", "more or less", "more simply" (the same said plainer): "more" comparing, not asking for more; nor does the
 * "further" of a thing going on ("will it develop further?", "be further improved").
 */
const COMPARATIVE = /\b(?:is|are|was|were|be|been|seems?|matters?)\s+(?:any\s+|much\s+|even\s+)?more\s+\p{L}+|\bmore\s+(?:simply|plainly|briefly|clearly|concisely|succinctly|simple|plain|basic)\b|\bmore\s+or\s+less\b|\b(?:develop|grow|go|improve|expand|extend|spread|deepen|advance|evolve)(?:s|es|ed|ing)?\s+(?:any\s+|even\s+)?further\b|\bfurther\s+(?:developed|improved|expanded|extended|deepened|advanced|evolved)\b/giu;

/** "Is that the author's own view?", "is this Wang's opinion?": whose words the last answer quoted. */
export const OWN_VIEW = /^\s*(?:and\s+|but\s+|so\s+)?(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:the\s+author['’]?s?|the\s+thesis['’]?s?|the\s+writer['’]?s?|the\s+candidate['’]?s?|\p{L}+['’]s|their|his|her)\s+(?:own\s+)?(?:view|opinion|claim|argument|position|words|idea|voice)\s*[?？!.]*\s*$/iu;

/** A request for the last answer said another way, with the asking around it: "ok, can you please make it…, thanks". */
const RESAID = (asked: string, verbs: string) =>
  new RegExp(String.raw`^\s*(?:(?:ok(?:ay)?|hmm+|um+|so|and|but)[\s,]+)*(?:(?:can|could)\s+you\s+)?(?:(?:please|pls)\s+)?(?:(?:${verbs})\s+(?:it|that|this)\s+)?(?:${asked})(?:[\s,]+(?:please|pls|plz|thanks|thx))?\s*[?？!.]*\s*$`, 'iu');

/** "Numbered list please", "as bullet points?": the answer before, laid out again; a list is numbered already. */
export const LAYOUT = new RegExp(String.raw`^\s*(?:can\s+you\s+(?:make|put|give)\s+(?:it|that|them)\s+)?(?:${LAYOUT_WORDS}|(?:a\s+)?list(?:\s+form)?)(?:\s+(?:please|pls|plz))?\s*[?？.!]*\s*$`, 'iu');

/** "Shorter please", "too long", "the short version": the last answer again, in one sentence. */
export const SHORTER = RESAID(String.raw`(?:a\s+(?:bit|little)\s+|much\s+)?(?:shorter|briefer|more\s+briefly)|in\s+(?:fewer|short)\s+words|too\s+long|(?:the\s+)?short\s+version|(?:in\s+)?(?:one|a|1|a\s+single)\s+(?:sentence|line)|(?:as\s+)?a\s+one-?liner|tl;?\s*dr`, 'make|say|put|give');

/**
 * "In simpler words?", "explain it like I'm 5", "in layman's terms": the last answer reworded,
 * which an extractive reader cannot do; it is asked of the question before, and says so.
 */
export const SIMPLER = RESAID(String.raw`(?:a\s+(?:bit|little)\s+|much\s+)?(?:simpler|more\s+simply|plainer)|in\s+(?:simpler|plain(?:er)?)\s+(?:words|english|terms)|(?:like|as\s+if)\s+i['’]?\s*a?m\s+(?:${YOUNG_AGE}|a\s+child|a\s+kid)|eli5|in\s+lay(?:man|person)['’]?s?\s+terms`, 'make|say|put|explain');

/**
 * "Source?", "citation?", "what's the reference?", "the exact quote?", "which sentence says so
 * exactly?", "where does the thesis say it?": where the last answer comes from.
 */
export const SOURCE_OF_THAT = /^\s*(?:and\s+|but\s+|hm+[\s,]+)?(?:(?:(?:what(?:['’]s|\s+is)\s+|(?:give|show|list|send)\s+(?:me\s+|us\s+)?)?(?:the|your|its|a|an)\s+)?(?:source|sources|citation|citations|cite|reference|references|ref|(?:exact\s+|actual\s+|original\s+|full\s+)?(?:quote|quotation|wording)|(?:exact|actual|original)\s+(?:sentence|line|passage))|where(?:['’]s|\s+is)\s+(?:that|this)(?:\s+from)?|(?:which|what)\s+(?:exact\s+)?(?:sentence|line|passage|part|bit)\s+(?:says?|said|states?|stated|shows?)\s+(?:so|that|this|it)(?:\s+exactly)?|where\s+(?:exactly\s+)?(?:does|did)\s+(?:it|the\s+(?:thesis|text|author|paper|dissertation|abstract))\s+(?:say|state|mention|write)\s+(?:so|that|this|it)|(?:which|what)\s+page|(?:are\s+you\s+(?:sure|certain)|really|(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:right|correct|true|accurate|so)|how\s+do\s+you\s+know(?:\s+(?:that|this))?|prove\s+it|proof|says\s+who|(?:in\s+)?what\s+context|context|according\s+to\s+(?:what|whom|who))(?:[\s,]+(?:about\s+)?(?:that|this|it))?)(?:[\s,]+(?:please|pls|plz))?\s*[?？!.]*\s*$/iu;

/**
 * "Main point?", "give me the gist", "quote the key sentence": the gist of what was being read.
 * Asked of "the thesis", "the whole thing" or "overall", it is the work's, not a chapter's.
 */
export const GIST_ASKED = /\bmain\s+(?:points?|ideas?|arguments?|messages?|claims?|thrust)\b|\bgist\b|\bkey\s+(?:points?|ideas?|messages?|sentences?|quotes?|passages?)\b|\bmost\s+important\s+(?:part|bit|sentence|passage|point)\b|\bsums?\s+(?:(?:it|this|that)\s+)?up\b/iu;
export const WHOLE_WORK = /\b(?:thesis|dissertation|whole|entire|overall|everything|all\s+of\s+it)\b/iu;

/** "I meant chapter 4", "I was asking about the corps": the question before, of another thing. */
const CORRECTION = /^\s*(?:(?:no|nope)[\s,]+)?(?:i\s+(?:meant|mean|was\s+asking\s+about|was\s+talking\s+about|was\s+thinking\s+of)\s+|not\s+that[\s,]+)(.+?)\s*[?？!.]*\s*$/iu;

/** "What about 5?", "and 6?": a chapter by its number alone, after a question that named one. */
const BARE_NUMBER = /^\s*(?:(?:and|or|what\s+about|how\s+about)\s+)?(\d{1,2})\s*[?？!.]*\s*$/iu;

/**
 * A correction or a bare chapter number read as the follow-up it stands for: "I meant chapter 4"
 * as "and chapter 4?", and "what about 5?" after a question naming a chapter as "and chapter 5?".
 */
export function asCorrection(text: string, chapterNamed: boolean): string {
  const meant = CORRECTION.exec(text)?.[1];
  if (meant) return `and ${meant}?`;
  const number = chapterNamed ? BARE_NUMBER.exec(text)?.[1] : undefined;
  return number ? `and chapter ${number}?` : text;
}

/** A question word alone ("when?", "where?", "how many?"): the question before, asked again that way. */
/**
 * "Applicable to what?", "consolidated by whom?", "and trained how?": a phrase of the answer
 * just given, echoed with a question word where its missing part was ("this paper is published
 * when?", with its verb, is a question of its own).
 */
export const ECHOED = /^\s*(?:and\s+|but\s+|so\s+)?(?!(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|i|you|we)\b)(?:(?!(?:is|are|was|were|do|does|did)\b)[\p{L}'’-]+\s+){1,4}(?:what|whom|who|where|when|which|how|why)\s*[?？!.]*\s*$/iu;

export const BARE_WH = /^\s*(?:and\s+|but\s+|so\s+)?(?:when|where|who|whom|how|how\s+many|how\s+much|how\s+long|how\s+often|since\s+when|by\s+whom|where\s+exactly|when\s+exactly)\s*[?？!.]*\s*$/iu;

/**
 * "What's the result?", "the purpose?", "and the impact?": a relation of what was just asked
 * about, named by its noun alone. (Not "the conclusion", which as often means the thesis's own.)
 */
export const BARE_RELATION = /^\s*(?:and\s+|but\s+|so\s+)?(?:what(?:['’]s|\s+(?:is|was|are|were))\s+)?(?:the\s+|its\s+)?(?:results?|outcomes?|purpose|effects?|impact|goals?|aims?|point|benefits?|consequences?)\s*[?？!.]*\s*$/iu;

/** "Who does that?", "when did this happen?": a question word asked of what was just said, not of the record. */
export const WH_OF_THAT = /^\s*(?:and\s+|so\s+)?(?:who|when)\s+(?:does|do|did|is|was|will|can|could)\s+(?:that|this)(?:\s+(?:happen|happened|occur|occurred|take\s+place|took\s+place))?\s*[?.!]*\s*$/iu;

/**
 * The words of a resolved follow-up that the user typed, without the question before it that
 * was added in brackets: "why (which chapter…)" asks why, not which chapter.
 */
export function ownWords(question: string): string {
  return question.split(' (')[0] ?? question;
}

/** The question before that a resolved follow-up carries in brackets, or undefined when it carries none. */
export function leanedOn(question: string): string | undefined {
  const at = question.indexOf(' (');
  return at >= 0 && question.endsWith(')') ? question.slice(at + 2, -1) : undefined;
}

/** "Which is most important?", "which matters most?": one picked from what was just given, by rank. */
const RANKED_PICK = /^(\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?which)\s+(?=(?:is|are|was|were|matters|counts|comes)\s+(?:the\s+)?(?:most|least|more|less|best|worst|biggest|greatest|main|key|central)\b)/iu;

/** "Which is most important?" as "which of them is most important?": it picks from what came before. */
export function ofThem(question: string): string {
  return question.replace(RANKED_PICK, '$1 of them ');
}
