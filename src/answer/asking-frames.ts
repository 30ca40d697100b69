import { LAST_MENTIONING, MENTIONED, MENTIONING, MENTIONS_IT_FIRST } from './sequence.ts';
import { YOUNG_AGE } from './asker-frames.ts';
import { stem } from '../retrieval/terms.ts';
import { TREATING_FRAME } from './treating-frames.ts';
import { LAYOUT_WORDS } from './layout.ts';

/**
 * "How long a period…", "how long a span…": the span is what is asked for (answer-type.ts reads
 * "how long"). A plain "how long" keeps its "long", which narrows the topic a little: "how long
 * does a consultation take" is not answered by any sentence with a span and a consultation.
 */
const DURATION_FRAME = /\bhow\s+long\s+an?\s+(?:period|span|stretch|time)\b/giu;

/** "How does the corps fit into this?", "where do the masses fit in the picture?": its place in the work is asked; "fit" is no topic. */
const FIT_FRAME = /\b(?:fits?|fitted|fitting)\s+(?:in(?:to)?|within)\b(?:\s+(?:the\s+)?(?:picture|argument|story|framework|thesis|this|it|all\s+this))?/giu;

/**
 * "As bullet points", "in a numbered list", "bullet-pointed", "three bullets": the form the answer should take.
 * "What is chapter 2 an introduction to?" and "what does chapter 1 establish?" (the verb at the
 * question's end) ask what a part sets out; "what platforms are established" keeps its topic.
 */
const FORM_FRAME =
  new RegExp(String.raw`\ban\s+introduction\s+to\b|${LAYOUT_WORDS}|(?<=\bwhat\s+(?:does|do|did)\s+(?:\S+\s+){0,4})establish(?:es|ed)?(?=\s*[?.!]*\s*$)`, 'giu');

/**
 * "Why did the author choose Urumqi?", "why was it singled out?": the author's choosing is the
 * asking, what was chosen the topic; the thesis's "chooses the framework" is no answer to why
 * Urumqi. Only in a "why", and not in the earlier question a follow-up carries in brackets:
 * "what did the party select?" asks about selecting.
 */
const CHOICE = String.raw`(?<=^\s*(?:\S+\s+){0,2}?why\b[^(]*)\b(?:choose|chooses|chose|chosen|choosed|choosing|pick|picks|picked|picking|select|selects|selected|selecting|single[sd]?\s+out)\b`;
const CHOICE_FRAME = new RegExp(CHOICE, 'giu');
/** The same, for one match: a global pattern keeps its place between calls. */
const CHOICE_ASKED = new RegExp(CHOICE, 'iu');

/**
 * The stem of the choosing a "why" asks about, to keep in its topic when the thesis writes of
 * choosing the very thing ("why pick the circle as the lens?": it "chooses the theoretical
 * framework of the circle"): the reasons given there answer it. Topic words the thesis never
 * writes ("lens") do not count against it, nor one of three or more that it writes elsewhere.
 */
export function choiceWritten(question: string, topic: readonly string[], passages: readonly { stems: ReadonlySet<string> }[]): string | undefined {
  const verb = CHOICE_ASKED.exec(question)?.[0];
  if (!verb) return undefined;
  const chosen = stem(verb.split(/\s+/u)[0] ?? '');
  const known = topic.filter((t) => passages.some((p) => p.stems.has(t)));
  // One word of several may describe rather than name ("the analytical framework").
  const enough = Math.max(1, known.length - (known.length > 2 ? 1 : 0));
  return known.length > 0 && passages.some((p) => p.stems.has(chosen) && known.filter((t) => p.stems.has(t)).length >= enough) ? chosen : undefined;
}

/**
 * "Is there a discussion of the history?", "any mention of…": whether the thesis speaks of a
 * thing (lead.ts answers yes or no); its "consultation and discussion" is another matter.
 */
export const THERE_IS_MENTION = String.raw`\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:discussion|mention|treatment|account|chapter|section|part)s?\s+(?:of|on|about|regarding)\b|^\s*any\s+(?:discussion|mention)\s+of\b`;
const THERE_FRAME = new RegExp(THERE_IS_MENTION, 'giu');

/** "The material on the corps", "any information about…", "info on the corps", "find the passage about…": the text wanted, not a topic. */
const MATERIAL_FRAME = /\b(?:(?:find|locate|show|give|quote)\s+(?:me\s+|us\s+)?)?(?:the|any|some|more)\s+(?:material|stuff|info|information|text|passages?|sentences?|bits?)\s+(?=(?:on|about|regarding|concerning)\b)|^\s*(?:material|info|information|details)\s+(?=(?:on|about|regarding|concerning)\b)/giu;

/** "The exact wording on the corps", "a verbatim quote": how the text is wanted (quotes are verbatim), not a topic. */
const EXACT_FRAME = /\b(?:exact|precise|verbatim|word[-\s]for[-\s]word)\s+(?=(?:words?|wording|quotes?|quotations?|passages?|sentences?|text|phrasing|lines?)\b)|\bverbatim\b/giu;

/**
 * "Need to improve", "keep improving", "come to accept", "put to the test", "what approach does it
 * take?": light verbs around the one that carries the meaning ("the needs of the masses" and
 * "come to the masses" stay a topic).
 */
const LIGHT_VERB_FRAME = /\b(?:need|needs|needed)\s+to\b|\b(?:come|comes|came|coming)\s+to\s+(?=(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|power|terms|light|mind|life|an)\b)\p{L}+\b)|\b(?:keep|keeps|kept|keeping)\s+(?:on\s+)?(?=\p{L}+ing\b)|\b(?:put|puts|putting)\s+to\s+the\s+(?=test\b)|(?<=^\s*(?:what|which)\s+(?:\p{L}+\s+){1,2}(?:does|do|did)\s+(?:[\p{L}\d]+\s+){0,3})(?:take|adopt|follow)(?=\s*[?.!]*\s*$)/giu;

/**
 * "Which chapter should I read…", "where would we look…", "where do I find the part about…":
 * the asker's reading, not a topic. Finding is the asker's only after "where" ("how do we find
 * the common denominator?" asks the thesis's own finding).
 */
const READER_FRAME = /\b(?:should|would|could|can|do|must|might)\s+(?:i|we|you)\s+(?:read|look\s+at|look|check|consult|see|turn\s+to|go\s+to)\b|(?<=^\W*where\s+)(?:should|would|could|can|do|must|might)\s+(?:i|we|you|one)\s+(?:find|locate)\b/giu;

/** "The main point I should take from it", "what we are meant to learn": the asker's reading again. */
const TAKEAWAY_FRAME =
  /\b(?:(?:that|which)\s+)?(?:i|we|one|you|readers?|a\s+reader)\s+(?:should|must|ought\s+to|can|could|need\s+to|(?:am|are|is)\s+(?:meant|supposed)\s+to)\s+(?:take|get|draw|learn|remember|retain|carry)(?:\s+away)?(?:\s+from)?\b/giu;

/**
 * "Quick check -", "just checking:", "sanity check": the asker's manner, not a topic ("check"
 * may stand alone at the start once "quick" has gone with the other length frames).
 */
const CHECK_FRAME = /\b(?:quick|sanity|double)[-\s]?check(?:ing)?\b|\bjust\s+(?:checking|to\s+check)\b|^\s*check\s*(?=[-–—:,])/giu;

/**
 * "Reviewer question:", "exam q -", "question from the reading group:": a label on the
 * question, whose words ("reviewer", "exam") are who asks, not what.
 */
const LABEL_FRAME = /^\s*(?:[\p{L}'’]+\s+){0,2}(?:question|query|q)(?:\s+from\s+[^:–—]{1,40})?\s*[:–—]|^\s*(?:[\p{L}'’]+\s+){0,2}(?:question|query|q)\s+-\s/giu;

/**
 * "How does strict party governance help mass work?": how one thing helps another asks what
 * it does for it; "help" is the asking, not the thesis's "with the help of…".
 */
const HELPS_FRAME = /(?<=\bhow\s+(?:does|do|did|can|could|would|might|will)\s+\S.*?\s)help(?:s|ed)?\b/giu;

/**
 * "Isn't the framework just the mass line renamed?", "rebranded", "by another name": whether
 * two things are one, as "the same as" asks; what the thesis says of how they relate answers.
 */
const RENAMED_FRAME = /\b(?:renamed|rebranded|relabell?ed|repackaged|reworded)\b|\b(?:by|under)\s+(?:another|a\s+(?:new|different))\s+name\b|\bin\s+new\s+clothes\b/giu;

/** "Where is consultation first mentioned?", "where does Xinjiang first appear?": "first" (and "appear", with it) asks for the earliest place (sequence.ts), no topic. */
const FIRST_FRAME = new RegExp(String.raw`\b(?:first|earliest)\s+(?:appears?|appeared|comes?\s+up|came\s+up|shows?\s+up|showed\s+up)\b|\b(?:first|earliest)(?=\s+${MENTIONING})|\bnamed\s+(?:for\s+the\s+)?first(?:\s+time)?\b|(?<=\b${MENTIONED})(?:for\s+the\s+)?first(?:\s+time)?\b|${MENTIONS_IT_FIRST}|${LAST_MENTIONING}`, 'giu');

/** "Is the West mentioned as a contrast?", "as an example": the use asked of a thing, not a topic. */
const AS_USED_FRAME = /\bas\s+an?\s+(?:contrast|comparison|counterpoint|foil|example|illustration|case\s+in\s+point)\b/giu;

/** "Catch me up on chapter 2", "fill me in", "step by step", "in detail": a briefing asked for, its manner, and why ("I missed the reading group on…"). */
const BRIEFING_FRAME =
  /\bcatch\s+(?:me|us)\s+up\b|\bfill\s+(?:me|us)\s+in\b|\b(?:bring|get)\s+(?:me|us)\s+up\s+to\s+speed\b|\bbrief\s+(?:me|us)\b|\b(?:i|we)\s+missed\s+(?:the\s+|our\s+|last\s+week['’]s\s+)?(?:reading\s+group|session|class|meeting|lecture|seminar|discussion)\b|\bstep[-\s]by[-\s]step\b|\bpoint[-\s]by[-\s]point\b|\bin\s+(?:more\s+|greater\s+|full\s+)?(?:detail|depth)\b/giu;

/**
 * "Why is that important?", "why are these so significant?": why what was said matters, no
 * topic of its own; "why are communities important for the party?" asks why they matter
 * ("key" stays: "the key to governance" is the thesis's own).
 */
const MATTERS_FRAME = /(?<=\bwhy\s+(?:is|are|was|were)\s+(?:that|this|it|these|those|they)\s+(?:so\s+)?)(?:important|significant|relevant|necessary|needed|crucial|key|vital|essential)\b|(?<=\bwhy\s+(?:is|are|was|were)\s+\S.{0,60}?\s)(?:so\s+)?(?:important|significant|relevant|crucial|vital|essential)(?=\s+(?:for|to|in)\b|\s*[?.!]*\s*$)/giu;

/** "Say it simpler", "in plain English", "rephrase that", "like I'm five": another wording asked for, no topic. */
export const PLAINER = String.raw`\b(?:say|put|explain|phrase)\s+(?:it|that|this)\s+(?:more\s+)?(?:simply|simpler|plainly|differently)\b|\bin\s+(?:plain(?:er)?|simpler?|layman['’]?s?|everyday|normal)\s+(?:english|words|terms|language)\b|\b(?:rephrase|reword|paraphrase|simplify)(?:\s+(?:it|that|this))?\b|\bsimpler\b|\bmore\s+(?:simply|plainly)\b|\b(?:explain\s+(?:it|that|this)\s+)?(?:like|as\s+if)\s+i['’]?\s*a?m\s+(?:${YOUNG_AGE}|a\s+child|a\s+kid)\b|\beli5\b`;

/** A rewording asked for, with the verb that asks it: "explain like I'm 5", "say it simply", "ELI5". */
export const HOW_TO_WORD = String.raw`(?:(?:explain|say|put)\s+)?(?:${PLAINER})`;
const PLAINER_FRAME = new RegExp(PLAINER, 'giu');

/**
 * "What is special about Urumqi?", "what's so distinctive about chapter 4?", "what makes
 * Urumqi unique?", "why treat it as a special case?": what the text says of the thing.
 */
const SPECIAL_FRAME = /(?<=\bwhat(?:['’]s|\s+is|\s+was|\s+are)\s+(?:so\s+)?)(?:special|unique|distinctive|notable|remarkable|interesting|peculiar)(?=\s+about\b)|(?<=\bwhat\s+makes\s+(?:\S+\s+){1,6}?)(?:so\s+)?(?:special|unique|distinctive)\b|\b(?:an?\s+)?(?:special|unique|distinctive|particular)\s+case\b/giu;

/** Frames that say what form or span the answer should have, or that ask a thing's place: taken out with the others (frames.ts). */
/**
 * What an activity is begun as, after "who came up with" or "who devised": named ("the visiting
 * activity"), quoted, or told by what is done ("visiting the people"), not an idea.
 */
export const BEGUN_ACTIVITY = String.raw`(?:the\s+|this\s+|that\s+)?(?:["“'‘]|\p{L}{3,}ing\s+the\b|[^?]*\b(?:activity|activities|campaigns?|programmes?|programs?|initiatives?|drives?)\b)`;

/** "Who came up with the visiting activity?": how its beginner is asked, no "come" of the thesis's ("come from the masses"). */
const CAME_UP_FRAME = new RegExp(String.raw`(?<=\bwho\s+(?:first\s+|originally\s+|actually\s+)?)(?:came|come|comes)\s+up\s+with\b(?=\s+${BEGUN_ACTIVITY})`, 'giu');

export const ASKING_FRAMES: readonly RegExp[] = [DURATION_FRAME, FIT_FRAME, FORM_FRAME, CHOICE_FRAME, THERE_FRAME, MATERIAL_FRAME, EXACT_FRAME, LIGHT_VERB_FRAME, READER_FRAME, TAKEAWAY_FRAME, TREATING_FRAME, CHECK_FRAME, LABEL_FRAME, HELPS_FRAME, RENAMED_FRAME, FIRST_FRAME, AS_USED_FRAME, BRIEFING_FRAME, MATTERS_FRAME, PLAINER_FRAME, SPECIAL_FRAME, CAME_UP_FRAME];

/** "Does the introduction name the research methods?", "does it list them?": whether the things themselves are given. */
export const LISTED_ASKED = /^\s*(?:(?:and|so|but)\s+)?(?:does|do|did)\s+(?:(?:the|this|its)\s+)?(?:[\p{L}\d]+\s+){0,2}?(?:ever\s+|actually\s+|also\s+)?(?:name|list|specify|identify|enumerate|spell\s+out|detail|say\s+which|say\s+what)\b/iu;
