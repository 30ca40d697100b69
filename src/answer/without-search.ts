import type { SectionRefs } from '../retrieval/section-ref.ts';
import type { Section } from '../types.ts';
import type { AskContext } from './ask.ts';
import { isChatter } from './chatter.ts';
import { SOURCE_OF_THAT } from './follow-up-forms.ts';
import { acknowledgement, asksAboutBot, botHelp, nothingToCheck } from './help.ts';
import { answerKeywordCounts } from './keyword-counts.ts';
import { answerMetadata } from './metadata.ts';
import { answerOutline, sectionLengthRefusal } from './outline.ts';
import { asksForOpinion, asksForWriting, asksWhatIsLeftOut, leftOutRefusal, opinionRefusal, unknownSection, writingRefusal } from './refusal.ts';
import { answerTitles, asksForTitle } from './section-answer.ts';
import { answerTermQuestion } from './term-count.ts';
import type { Answer } from './types.ts';

/**
 * What is answered without searching the text: a section that does not exist, an opinion, the
 * bot itself, a count of a term, the outline or the catalogue record, a section's title.
 */
export function answerWithoutSearch(question: string, refs: SectionRefs, named: readonly Section[], ctx: AskContext): Answer | undefined {
  const { parsed } = ctx;
  // "chapter 7" in a thesis of six: say so, whatever else the question names.
  if (refs.missing.length > 0) return unknownSection(question, refs.missing, parsed);
  if (asksForOpinion(question)) return opinionRefusal(question, parsed, refs.ids);
  if (asksForWriting(question)) return writingRefusal(question);
  if (asksWhatIsLeftOut(question)) return leftOutRefusal(question);
  if (refs.ids.length === 0 && asksAboutBot(question)) return botHelp(question, parsed);
  if (refs.ids.length === 0 && isChatter(question)) return acknowledgement(question);
  if (!ctx.leans && SOURCE_OF_THAT.test(question)) return nothingToCheck(question);
  // "Which keyword appears most often?": each keyword counted in the text, not the list again.
  const keywordCounts = refs.ids.length === 0 ? answerKeywordCounts(question, parsed, ctx.corpus) : undefined;
  if (keywordCounts) return keywordCounts;
  const counted = answerTermQuestion(question, refs.ids, parsed.sections, ctx.retriever.vocabulary);
  if (counted) return counted;
  const length = sectionLengthRefusal(question);
  if (length) return length;
  if (refs.ids.length === 0) return answerOutline(question, parsed) ?? answerMetadata(question, parsed, ctx.corpus);
  // "Besides the introduction, which parts make up the thesis?": the outline, the rest in it.
  const outline = refs.outside ? answerOutline(question, parsed) : undefined;
  if (outline) return outline;
  return named.length > 0 && asksForTitle(refs.rest) ? answerTitles(question, named) : undefined;
}
