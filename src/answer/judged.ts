import type { Retriever } from '../retrieval/search.ts';
import { withoutFrames } from './frames.ts';

/** Words for what goes wrong, which the thesis may use of one thing ("the stability problem") and not another. */
const TROUBLE = String.raw`(?:problems?|issues?|difficult(?:y|ies)|challenges?|obstacles?|risks?|troubles?)`;

/** Words that end the thing a trouble is of, where the question's clause goes on ("…with stability does the circle address"). */
const CLAUSE = 'does|do|did|is|are|was|were|has|have|had|can|could|would|will|that|which';

/**
 * "Problems with the visiting activity", "what difficulties did the corps face?", "what issues
 * did the thesis find with consultation?": a trouble of one thing. Each gives the trouble and
 * the thing, as typed.
 */
const TROUBLE_OF = [
  new RegExp(String.raw`\b(${TROUBLE})\s+(?:with|facing|faced\s+by)\s+(.+?)(?=\s+(?:${CLAUSE})\b|\s*[?.!]*$)`, 'iu'),
  new RegExp(String.raw`\bwhat\s+(${TROUBLE})\s+(?:does|do|did|has|have|had)\s+(.+?)\s+(?:face|faced|encounter|encountered|run\s+into|ran\s+into)\b`, 'iu'),
  new RegExp(String.raw`\bwhat\s+(${TROUBLE})\s+(?:does|do|did)\s+.+?\s+(?:find|see|identify|note|notice|raise|point\s+out)\s+(?:with|in)\s+(.+?)\s*[?.!]*$`, 'iu'),
];

/**
 * The trouble of a thing a question asks about ("problems with the visiting activity"), as
 * typed, when no sentence of the thesis speaks of both: the thesis names problems, but not that
 * thing's. Undefined when some sentence (or its neighbour) does, or the question asks no such thing.
 */
export function unreportedTrouble(question: string, retriever: Retriever, topical: (stem: string) => boolean): string | undefined {
  for (const pattern of TROUBLE_OF) {
    const m = pattern.exec(question);
    const [trouble, thing] = [m?.[1], m?.[2]?.trim()];
    if (!trouble || !thing) continue;
    const what = retriever.topicStems(trouble);
    const of = retriever.topicStems(withoutFrames(thing)).filter(topical);
    if (what.length === 0 || of.length === 0) return undefined;
    const said = retriever.passages.some((p) => what.some((t) => p.stems.has(t)) && of.every((t) => p.contextStems.has(t)));
    return said ? undefined : `${trouble.toLowerCase()} with ${thing}`;
  }
  return undefined;
}
