import { phrasalWord } from '../retrieval/phrasal.ts';
import type { Retriever } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';
import { withoutFrames } from './frames.ts';

/** Words for what goes wrong, which the thesis may use of one thing ("the stability problem") and not another. */
const TROUBLE = String.raw`(?:problems?|issues?|difficult(?:y|ies)|challenges?|obstacles?|risks?|troubles?|contradictions?|conflicts?|tensions?|disputes?|frictions?|rifts?)`;

/** Words that end the thing a trouble is of, where the question's clause goes on ("…with stability does the circle address"). */
const CLAUSE = 'does|do|did|is|are|was|were|has|have|had|can|could|would|will|that|which';

/**
 * "Problems with the visiting activity", "what difficulties did the corps face?", "what issues
 * did the thesis find with consultation?": a trouble of one thing. Each gives the trouble and
 * the thing, as typed.
 */
const TROUBLE_OF = [
  new RegExp(String.raw`\b(?<trouble>${TROUBLE})\s+(?:(?:arise|arises|arose|exist|exists|existed)\s+)?(?<by>with|facing|faced\s+by|between|among)\s+(?<thing>.+?)(?=\s+(?:${CLAUSE})\b|\s*[?.!]*$)`, 'iu'),
  new RegExp(String.raw`\bwhat\s+(?<trouble>${TROUBLE})\s+(?:does|do|did|has|have|had)\s+(?<thing>.+?)\s+(?:face|faced|encounter|encountered|run\s+into|ran\s+into)\b`, 'iu'),
  new RegExp(String.raw`\bwhat\s+(?<trouble>${TROUBLE})\s+(?:does|do|did)\s+.+?\s+(?:find|see|identify|note|notice|raise|point\s+out)\s+(?:with|in)\s+(?<thing>.+?)\s*[?.!]*$`, 'iu'),
  // "Why did the corps and the government fall out?": two things at odds, the trouble a verb.
  /\b(?:do|does|did|have|has|had)\s+(?<thing>.+?\s+and\s+.+?)\s+(?:fall\s+out|fell\s+out|clash(?:ed)?|quarrel(?:led)?|conflict(?:ed)?)\b/iu,
];

/**
 * The trouble of a thing a question asks about ("problems with the visiting activity"), as
 * typed, when no sentence of the thesis speaks of both: the thesis names problems, but not that
 * thing's. Undefined when some sentence (or its neighbour) does, or the question asks no such thing.
 */
export function unreportedTrouble(question: string, retriever: Retriever, topical: (stem: string) => boolean): string | undefined {
  for (const pattern of TROUBLE_OF) {
    const m = pattern.exec(question)?.groups;
    // Two things at odds ("fall out") are in conflict; a trouble between them is said so.
    const [trouble, thing] = [m?.['thing'] ? (m['trouble'] ?? 'conflict') : undefined, m?.['thing']?.trim()];
    const by = m?.['by'] === 'between' || m?.['by'] === 'among' || !m?.['trouble'] ? 'between' : 'with';
    if (!trouble || !thing) continue;
    const what = retriever.topicStems(trouble);
    const of = retriever.topicStems(withoutFrames(thing)).filter(topical);
    if (what.length === 0 || of.length === 0) return undefined;
    const said = retriever.passages.some((p) => what.some((t) => p.stems.has(t)) && of.every((t) => p.contextStems.has(t)));
    return said ? undefined : `${trouble.toLowerCase()} ${by} ${thing}`;
  }
  return undefined;
}

/**
 * "Does chapter 3 say the masses reject consultation?": whether the thesis makes a claim, the
 * claim as typed (a named section may be out already: "does say…"). Every word of a claim is
 * its point, so one it never writes settles it.
 */
const CLAIM_ASKED =
  /^\s*(?:(?:so|and|but|wait)[\s,]+)?(?:does|do|did)\s+(?:(?:the\s+)?(?:thesis|dissertation|paper|study|author|writer|abstract|text|it|chapter\s+\w+|introduction|overview|conclusion)\s+)?(?:really\s+|actually\s+|ever\s+)?(?:say|claim|argue|state|suggest|assert|contend|maintain|imply|conclude)\s+(?:that\s+)?(.+?)\s*[?.!]*$/iu;

/** "Which report says the party should withdraw…?", "what evidence shows that…": where a claim is made. */
const CLAIM_PLACE = /^\s*(?:which|what)\s+(?:\p{L}+\s+){0,2}?(?:says|claims|argues|states|suggests|asserts|contends|maintains|concludes|shows|proves|demonstrates|indicates)\s+(?:that\s+)?(.+?)\s*[?.!]*$/iu;

/** "Who is said to reject democratic discussion?": a claim reported of someone. */
const SAID_TO = /\b(?:is|are|was|were)\s+(?:said|claimed|described|reported|thought|believed)\s+to\s+(?!be\b)(.+?)\s*[?.!]*$/iu;

/**
 * "Did the author interview any secretaries?", "has the paper surveyed residents?": whether the
 * work did something. The act is the point: one the thesis never writes of, it does not report.
 */
const ACT_ASKED =
  /^\s*(?:(?:so|and|but)[\s,]+)?(?:did|does|has|have)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|study|author|writer|candidate|researcher|she|he|they)\s+(?:ever\s+|also\s+|actually\s+|personally\s+)?(\p{L}+)\b(.*)$/iu;

/**
 * "Was the activity evaluated with a survey?", "were residents consulted through interviews?":
 * whether something was done to a thing, and by what means. The act and its means are the point.
 */
const PASSIVE_ACT_ASKED = /^\s*(?:(?:so|and|but)[\s,]+)?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:[\p{L}'’-]+\s+){1,8}?(\p{L}+ed\s+(?:with|by\s+means\s+of|through|using|via)\s+.+?)\s*[?.!]*$/iu;

/** "Is Urumqi's approach being copied elsewhere?", "has it been evaluated?": whether something is being done to a thing. */
const BEING_DONE = /^\s*(?:(?:so|and|but)[\s,]+)?(?:is|are|was|were|has|have)\s+(?:[\p{L}'’-]+\s+){1,6}?(?:being|been)\s+(\p{L}+ed)\b/iu;

/**
 * "Who interviewed the secretaries?", "who funded it?": who did the work of research on it, the
 * deed the point. Other deeds ("who launched the activity?") the thesis may tell in its own
 * words ("deployed"), so they are left to the search.
 */
const WHO_DID = /^\s*(?:(?:so|and|but)[\s,]+)?who\s+(?:first\s+|actually\s+)?((?:interview|survey|fund|sponsor|supervis|translat|review|edit|publish|criticis|criticiz|critiqu|peer[\s-]review)e?d)\b/iu;

/** Verbs of urging whose object is the point: "recommend", "propose", "advocate". */
const URGED = /^(?:recommend|propose|advocate|endorse|favou?r|prescribe|urge|suggest|support|back)(?:s|ed|ing)?$/iu;

/**
 * "Does the author regard the framework as applicable?", "does she consider it decisive?": a
 * view of the work's own, asked by what it holds the thing to be, which the thesis says in its
 * words ("is applicable"); the viewing is no act for it to report.
 */
const VIEWING = /^(?:regard|regards|regarded|consider|considers|considered|deem|deems|deemed|view|views|viewed|see|sees|saw|judge|judges|judged|think|thinks|thought|believe|believes|believed)$/iu;

/** Verbs that say little alone ("keep it stable", "make it work", "bring them together"): the words after them are the claim. */
const LIGHT_VERB = /^(?:keep|keeps|keeping|kept|make|makes|making|made|get|gets|getting|got|let|lets|letting|bring|brings|bringing|brought|give|gives|giving|gave|allow|allows|allowed|enable|enables|enabled)$/iu;

/** Words of size or weight a claim judges a thing by ("small", "serious"): not a topic the thesis lacks. */
const MEASURE = /^(?:small|smaller|big|bigger|large|larger|huge|tiny|minor|major|serious|grave|slight|great|little|low|high|weak|strong|important|unimportant|significant|insignificant|trivial)$/iu;

/** "Does it say how many…", "does it say whether…": a question asked of the text, not a claim. */
const EMBEDDED_QUESTION = /^(?:how|what|which|who|whom|whose|when|where|why|whether|if)\b/iu;

/** The word of a claim or act asked about ("reject", "interview") that the thesis never writes, as typed, or undefined. */
export function unwrittenClaimWord(question: string, retriever: Retriever, topical: (stem: string) => boolean): string | undefined {
  const act = ACT_ASKED.exec(question);
  const asked = (CLAIM_ASKED.exec(question) ?? CLAIM_PLACE.exec(question) ?? SAID_TO.exec(question) ?? act ?? PASSIVE_ACT_ASKED.exec(question) ?? BEING_DONE.exec(question) ?? WHO_DID.exec(question))?.[1];
  // "Does it spell out the methods?": the verb with its particle is one word ("list").
  const particle = act?.[1] === asked ? /^\s*(\p{L}+)/u.exec(act?.[2] ?? '')?.[1] : undefined;
  const claim = (asked && particle && phrasalWord(asked, particle)) ?? asked;
  if (!claim || EMBEDDED_QUESTION.test(claim) || (act?.[1] === claim && VIEWING.test(claim))) return undefined;
  const unseenIn = (text: string) => retriever.topicStems(withoutFrames(text)).filter((t) => topical(t) && retriever.unseenShare([t]) > 0);
  const unseen = new Set(unseenIn(claim));
  // "Does the author recommend facial recognition?": what is urged, unwritten, says more than the
  // verb; what was surveyed ("residents") says less than that no survey is reported.
  const object = act?.[1] === claim && URGED.test(claim) && unseen.size > 0 ? unseenPhrase(act[2] ?? '', new Set(unseenIn(act[2] ?? ''))) : undefined;
  if (object) return object;
  // "Is the theory complete, or still developing?": one alternative the thesis writes is enough to answer.
  const choices = claim.split(/\s*,?\s+or\s+/iu);
  if (choices.length > 1 && choices.some((c) => retriever.topicStems(withoutFrames(c)).some(topical) && unseenIn(c).length === 0)) return undefined;
  // "Is the danger small?": how big or how grave a thing is, the thesis says in its own way;
  // "what is said to keep Urumqi stable?": a light verb claims nothing its object does not.
  return tokenize(claim).find((t) => unseen.has(t.stem) && !MEASURE.test(t.word) && !LIGHT_VERB.test(t.word))?.word;
}

/** The words from the first unwritten one up to the next small word ("facial recognition" of "using facial recognition for…"), as typed. */
function unseenPhrase(text: string, unseen: ReadonlySet<string>): string | undefined {
  const tokens = tokenize(text);
  const first = tokens.findIndex((t) => unseen.has(t.stem));
  if (first < 0) return undefined;
  let last = first;
  while (tokens[last + 1] && !isStopword(tokens[last + 1]?.word.toLowerCase() ?? '')) last++;
  return text.slice(tokens[first]?.start, tokens[last]?.end);
}
