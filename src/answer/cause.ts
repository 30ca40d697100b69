import type { Retriever } from '../retrieval/search.ts';
import { withoutFrames } from './frames.ts';

/**
 * "How does blockchain improve community governance?": the effect of something on the thesis's
 * subject. Only the cause decides: what it acts on is often the thesis's own idea in other words.
 * "How did relations change after the activity?" has no cause before its verb: what changed
 * is the topic.
 */
const EFFECT_QUESTION = /\bhow\s+(?:does|do|did|can|could|would|might|will)\s+(.+?)\s+(?:(?:improve|change|strengthen|weaken|transform)\b(?!\s*(?:[?.!]|$|(?:after|over|since|during|when|once|following|under|through|with|in|at|as)\b))|(?:affect|influence|impact|shape|help|hurt|harm|support|undermine|enhance|benefit|promote|hinder)\b)/iu;

/**
 * "How do community elections work in Urumqi?": how something works. Only that something
 * decides: when the thesis never names it, it does not say how it works. A few words only, so
 * "how did the region's activity change mass work" is no question of how something works.
 */
const WORKING_QUESTION = /\bhow\s+(?:does|do|did|would|could)\s+(?:the\s+|an?\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+(?:work|function|operate)(?:\s+(?:in|at|within|for|across)\b[^?.!]*)?\s*[?.!]*$/iu;

/**
 * "What role did the military play in…", "the role of social media in community governance",
 * "the role of the committee director?": the part something plays. Only that something decides, as with a cause.
 */
const ROLE_QUESTION = [
  /\bwhat\s+(?:role|part)\s+(?:does|do|did|has|have|had|can|could|will|would|might)\s+(.+?)\s+(?:play|played|playing)\b/iu,
  /\b(?:role|part)\s+(?:of|played\s+by)\s+(.+?)\s+(?:in|for|within)\b/iu,
  // Asked whole, to the end: "part of" alone is as often a place ("the last part of chapter one").
  /^\s*what(?:\s+is|['’]s|\s+was)\s+the\s+role\s+of\s+(.+?)\s*[?.!]*\s*$/iu,
];

/** "How does the branch deal with corruption?": what is dealt with decides, as with a cause. */
const DEALT_WITH_QUESTION = /\bhow\s+(?:does|do|did|can|could|should|would|will)\s+.+?\s+(?:deal\s+with|dealt\s+with|handle|tackle|cope\s+with|combat|fight|prevent|stop)\s+(.+?)\s*[?.!]*$/iu;

/** "How do private companies take part in governance?": who takes part decides, as with a cause. */
const PART_TAKEN_QUESTION = /\bhow\s+(?:does|do|did|can|could|would|might|will)\s+(.+?)\s+(?:take\s+part|took\s+part|participate|get\s+involved|engage)\s+in\b/iu;

/**
 * "What precondition involving funding…", "which reforms concerning housing…": a thing asked of
 * by what it involves. Only that decides: the thing itself ("precondition") the thesis may well
 * have without it.
 */
const QUALIFIED_QUESTION = /\b(?:what|which)\s+(?:[\p{L}-]+\s+){1,2}?(?:involving|concerning|regarding|related\s+to|relating\s+to)\s+(.+?)(?=\s+(?:must|should|does|do|did|is|are|was|were|can|could|will|would|has|have|had)\b|\s*[?.!,]|\s*$)/iu;

/**
 * What a question asks the doing of, as typed: the cause of an effect, what works, takes part,
 * is dealt with, plays a part or is involved ("blockchain", "community elections",
 * "corruption", "the military", "funding"). Only that decides whether the thesis can say: what it acts on is often the
 * thesis's own idea in other words.
 */
export function causesAsked(question: string): string[] {
  const patterns = [EFFECT_QUESTION, WORKING_QUESTION, PART_TAKEN_QUESTION, DEALT_WITH_QUESTION, QUALIFIED_QUESTION, ...ROLE_QUESTION];
  return patterns.flatMap((re) => re.exec(question)?.[1]?.trim() || []);
}

/**
 * A cause asked of that the thesis never names: a long one is named by most of its words ("the
 * merger of the paramilitary production corps with local authorities" is the corps's
 * integration, in other words).
 */
export function unnamedCause(question: string, retriever: Retriever, topical: (stem: string) => boolean): string | undefined {
  return causesAsked(question).find((side) => {
    const share = retriever.unseenShare(retriever.topicStems(withoutFrames(side)).filter(topical));
    return share >= 0.5 || (share > 0 && retriever.topicStems(side).length < 4);
  });
}
