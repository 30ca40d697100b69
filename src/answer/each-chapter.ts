import { readable, tagOf } from './cite.ts';
import type { Answer, Citation } from './types.ts';

/**
 * "…, and which chapter covers each?", "where is each of them discussed?": after a list is
 * asked for, the chapter that treats each item is asked too.
 */
const EACH_WHERE =
  /[\s,;:–—-]*(?:and\s+)?(?:(?:which|what)\s+(?:chapters?|parts?|sections?)\s+(?:covers?|discuss(?:es)?|treats?|deals?\s+with|(?:is|are)\s+about|goes\s+into)\s+(?:each(?:\s+(?:one|of\s+them))?|them(?:\s+each)?)|where\s+(?:is|are)\s+(?:each(?:\s+(?:one|of\s+them))?|they(?:\s+each)?)\s+(?:discussed|covered|treated|developed))\s*[?.!]*\s*$/iu;

/** The question without "…and which chapter covers each?", or undefined when it does not ask that. */
export function withoutEachWhere(question: string): string | undefined {
  if (!EACH_WHERE.test(question)) return undefined;
  const base = question.replace(EACH_WHERE, '').trim().replace(/[?？.!]+$/u, '');
  return base.length > 0 ? `${base}?` : undefined;
}

/** The items of a numbered list answer from the overview, as cited, in the order shown. */
function overviewItems(answer: Answer): Citation[] {
  const lines = answer.answer.split('\n').filter((l) => /^\s*\d+\.\s/u.test(l));
  const items = lines.map((l) => answer.citations.find((c) => c.section === 'overview' && l.toLowerCase().includes(readable(c.quote).toLowerCase().slice(1, 40))));
  return items.every((c): c is Citation => c !== undefined) ? items : [];
}

/**
 * A list from the overview (the four paths) with the chapter that treats each item, found as
 * "which chapter covers this: <item>" is (`ask`), each chapter's sentence cited; an item no
 * chapter sentence answers well enough gets its nearest chapter, said to be the nearest. A list
 * from a chapter, or one whose items no chapter takes up, is left as it is.
 */
export async function withChapterOfEach(answer: Answer, ask: (question: string) => Promise<Answer>): Promise<Answer> {
  const items = overviewItems(answer);
  if (answer.abstained || items.length < 2) return answer;
  const found: Array<Citation | undefined> = [];
  const nearest: Array<string | undefined> = [];
  for (const item of items) {
    const where = await ask(`Which chapter covers this: ${item.quote}`);
    const [first] = where.citations;
    found.push(!where.abstained && first?.section.startsWith('chapter-') ? first : undefined);
    // Where no chapter sentence is close enough to quote, the nearest chapter is named as such.
    nearest.push(where.nearest.find((p) => p.section.startsWith('chapter-'))?.label);
  }
  if (found.every((c) => c === undefined)) return answer;
  const place = (c: Citation | undefined, i: number) => (c ? `${c.label} ${tagOf(c.section)}` : nearest[i] ? `nearest ${nearest[i]}` : 'no one chapter');
  const places = found.map((c, i) => `${i + 1}. ${place(c, i)}`);
  const cited = found.filter((c): c is Citation => c !== undefined && !answer.citations.some((a) => a.start === c.start));
  return { ...answer, answer: `${answer.answer}\nWhere each is treated: ${places.join('; ')}.`, citations: [...answer.citations, ...cited] };
}
