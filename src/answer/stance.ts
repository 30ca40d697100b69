import type { Retriever } from '../retrieval/search.ts';
import { isStopword } from '../retrieval/terms.ts';
import type { ParsedThesis } from '../types.ts';
import { refusal } from './refusal.ts';
import type { Answer } from './types.ts';
import { authorNameParts } from './work-names.ts';

/** Verbs of liking or siding with something, which a study does not state of its author. */
const FEEL = String.raw`(?:(?:like|love|hate|dislike|admire|support|favou?r|oppose|endorse|trust|distrust|respect|praise|condemn|prefer)s?|(?:approve|disapprove)s?\s+of|(?:agree|disagree|side)s?\s+with|believes?\s+in|critici[sz]es?|feels?\s+(?:about|towards?))`;

/** Ways of being for or against something ("critical of", "a fan of", "for or against"). */
const LEANING = String.raw`(?:(?:a|an)\s+(?:fan|supporter|critic|admirer|opponent|friend|enemy|defender)\s+of|(?:critical|supportive|fond|proud|wary|sceptical|skeptical|suspicious)\s+of|(?:sympathetic|hostile|friendly|loyal)\s+to(?:wards?)?|in\s+favou?r\s+of|for\s+or\s+against|against|opposed\s+to)`;

/**
 * The author as readers name them: by role or by a part of the name on the record. Not by
 * pronoun: "does he support the masses?" may be asked of Xi Jinping, just quoted.
 */
function authorWords(author: string | undefined): string {
  const parts = authorNameParts(author);
  return String.raw`(?:(?:the\s+)?(?:author|writer|candidate|researcher)${parts.length > 0 ? `|${parts.join('|')}` : ''})`;
}

/**
 * "Does the author like Xi Jinping?", "is Wang critical of the party?", "how does the author
 * feel about the corps?": the thing the question asks the author's feelings about, as typed;
 * empty when it names none ("what doesn't the author like?"), undefined when it asks no
 * feeling. Only the author: what the thesis argues for is in its text and answered as usual.
 */
export function stanceThing(question: string, author: string | undefined): string | undefined {
  const { bare, feelings, opinions } = stancePatterns(author);
  if (bare.test(question)) return '';
  for (const re of feelings) {
    const thing = re.exec(question)?.[1];
    if (thing) return withoutTail(thing);
  }
  // "What is the author's opinion of Xi Jinping?", "what does the author think of Xi?": of a
  // person, named in capitals word by word, a feeling; of a topic ("…think of consultation?",
  // "…of Western multiparty politics?") the text's argument.
  const person = opinions.map((re) => re.exec(question)?.[1]).find((thing) => thing !== undefined && /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(thing));
  return person ? withoutTail(person) : undefined;
}

/** The patterns for one author's name, made once: every question is read with them. */
const PATTERNS = new Map<string | undefined, { bare: RegExp; feelings: RegExp[]; opinions: RegExp[] }>();

function stancePatterns(author: string | undefined): { bare: RegExp; feelings: RegExp[]; opinions: RegExp[] } {
  const made = PATTERNS.get(author);
  if (made) return made;
  const who = authorWords(author);
  const patterns = {
    bare: new RegExp(String.raw`^\s*(?:(?:so|and|but)[\s,]+)?what\s+(?:(?:does|did|do)\s+${who}\s+(?:not\s+)?|(?:doesn['’]t|didn['’]t)\s+${who}\s+)(?:really\s+|personally\s+)?(?:like|love|hate|dislike|admire|prefer|value|enjoy)(?:\s+(?:the\s+)?(?:most|best|least))?\s*[?.!]*$`, 'iu'),
    feelings: [
      new RegExp(String.raw`^\s*(?:(?:so|and|but)[\s,]+)?(?:does|did|do)\s+${who}\s+(?:really\s+|personally\s+|actually\s+|secretly\s+)?${FEEL}\s+(.+?)\s*[?.!]*$`, 'iu'),
      // "What does the author (not) like about consultation?": what in it the author feels for.
      new RegExp(String.raw`^\s*(?:(?:so|and|but)[\s,]+)?what\s+(?:(?:does|did|do)\s+${who}\s+(?:not\s+)?|(?:doesn['’]t|didn['’]t)\s+${who}\s+)(?:really\s+|personally\s+)?(?:like|love|hate|dislike|admire|prefer|criticise|criticize|value|enjoy)\s+(?:about|in)\s+(.+?)\s*[?.!]*$`, 'iu'),
      new RegExp(String.raw`^\s*(?:(?:so|and|but)[\s,]+)?how\s+(?:does|did|do)\s+${who}\s+(?:personally\s+|really\s+)?feel\s+(?:about|towards?)\s+(.+?)\s*[?.!]*$`, 'iu'),
      new RegExp(String.raw`^\s*(?:(?:so|and|but)[\s,]+)?(?:is|was)\s+${who}\s+(?:really\s+|personally\s+)?${LEANING}\s+(.+?)\s*[?.!]*$`, 'iu'),
    ],
    opinions: [
      new RegExp(String.raw`^\s*(?:(?:so|and|but)[\s,]+)?what(?:['’]s|\s+is|\s+was)\s+${who}['’]s\s+(?:personal\s+)?(?:opinion|view|feeling|attitude)s?\s+(?:of|on|about|towards?)\s+(.+?)\s*[?.!]*$`, 'iu'),
      new RegExp(String.raw`^\s*(?:(?:so|and|but)[\s,]+)?what\s+(?:does|did|do)\s+${who}\s+(?:personally\s+|really\s+)?think\s+(?:of|about)\s+(.+?)\s*[?.!]*$`, 'iu'),
    ],
  };
  PATTERNS.set(author, patterns);
  return patterns;
}

/** "the party anywhere", "xi lol": the thing without the words that trail after it. */
function withoutTail(thing: string): string | undefined {
  const words = thing.replace(/\s+(?:anywhere|at\s+all|in\s+(?:the|this|his|her|their)\s+(?:thesis|dissertation|work|paper|text))\s*$/iu, '').trim().split(/\s+/u);
  while (words.length > 0 && isStopword(words.at(-1) ?? '')) words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The answer to a question about the author's feelings: the thesis does not state them, so it
 * is a refusal, but one that quotes what the thesis says of the thing (`said`), so the reader
 * can judge. A thing no passage names whole ("multi-party democracy") is one it does not mention.
 */
export function stanceAnswer(question: string, thing: string, said: Answer, retriever: Retriever, parsed: ParsedThesis): Answer {
  if (!retriever.namesWhole(retriever.topicStems(thing))) return refusal(question, [], parsed, `It does not mention ${thing}.`);
  if (said.abstained) return { ...said, question };
  const answer = `The thesis does not say how its author personally feels about ${thing}. Here is what it says: ${said.answer}`;
  return { question, answer, abstained: true, citations: said.citations, nearest: [] };
}
