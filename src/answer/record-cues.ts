import { isStopword, tokenize } from '../retrieval/terms.ts';
import type { Field } from './record-patterns.ts';

/**
 * Words that point at one field of the catalogue record, however the question is phrased
 * ("Which scholar produced this dissertation?", "What qualification was it submitted for?").
 */
const CUES: ReadonlyArray<readonly [Field, ReadonlySet<string>]> = (
  [
    ['author', 'who author authors authored write writes wrote writer written penned produced creator created candidate researcher scholar person name'],
    ['title', 'title titled called headline heading name'],
    ['datePosted', 'when date dated year month post posted publish published publication release released old'],
    ['degree', 'degree doctoral doctorate phd master masters qualification level awarded'],
    ['type', 'type document genre'],
    ['subject', 'subject discipline disciplinary field area classified classification'],
    ['keywords', 'keywords keyword tags tag tagged'],
    ['identifier', 'identifier id gtid doi'],
    ['country', 'country nation'],
  ] as const
).map(([field, words]) => [field, new Set(words.split(' '))] as const);

/** Words that name the work or ask about it, and say nothing of which field. */
const NEUTRAL = new Set('thesis dissertation paper work record document doc study research submitted submit listed list describe catalogued tell know number wise come came bibliography citation cite notes line entry'.split(' '));

/**
 * The record's fields a question points at by its words, when every other word it has is
 * small or names the work; none when it also names a topic ("the title of the activity in
 * chapter four" is about the text). The author's own name counts as the work.
 */
export function fieldsByCue(question: string, author: string | undefined): Field[] {
  // "Which one does the thesis name?": "name" done by the thesis is a verb, no field.
  // "I need the subject for my bibliography": what the asker needs names no topic.
  const asked = question.replace(/\b((?:does|do|did)\s+(?:\p{L}+\s+){0,2})name\b/giu, '$1').replace(/^\s*(?:i|we)\s+(?:need|want|would\s+like|['’]d\s+like)\s+/iu, '');
  const words = tokenize(asked).map((t) => t.word.toLowerCase().replace(/['’]s$/u, ''));
  const name = new Set(tokenize(author ?? '').map((t) => t.word.toLowerCase()));
  // "What's his title?" asks a rank of a person just named, not the work's title ("their field" is the author's, the work's subject).
  const personal = words.some((w) => /^(?:his|her|their)$/u.test(w));
  // "Who came up with it?" asks who thought of an idea, not who wrote the work.
  if (/\b(?:come|came|comes|coming)\s+up\s+with\b/iu.test(question)) return [];
  // "Who does it?" asks who carries out what was just named, not who wrote the work.
  if (/^\s*(?:(?:and|so|but)\s+)?who\s+(?:does|do|is\s+doing|are\s+doing)\s+(?:it|that|this|them)\b/iu.test(question)) return [];
  // "Why did the author write this thesis?" asks for a reason for writing it, which no field of
  // the record gives ("why is it called that?" still asks of its title).
  if (/^\s*why\b.*\b(?:write|writes|wrote|written|author|authored|penned)\b/iu.test(question)) return [];
  const cued = CUES.filter(([field, cues]) => words.some((w) => cues.has(w)) && (!personal || field !== 'title')).map(([field]) => field);
  const isCue = (w: string) => CUES.some(([, cues]) => cues.has(w));
  const other = words.filter((w) => !isStopword(w) && !NEUTRAL.has(w) && !name.has(w) && !isCue(w));
  return cued.length > 0 && other.length === 0 ? cued : [];
}
