import type { Answer } from './types.ts';

/** A thing, as a reader names it: "the case city", "its author", "the capital of Xinjiang". */
const THING = String.raw`(?<subject>(?:[Tt]he|[Ii]ts|[Tt]his|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?[\p{L}\p{N}'’-]+)`;
/** One name of up to three capitalised words: "Kashgar", "Zhang Wei". */
const NAME = String.raw`(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`;

/** "Is (or isn't) the case city Kashgar?", "the case city is Kashgar" (its tag, "isn't it?", already gone). */
const NAMED_AS = [
  new RegExp(String.raw`^\s*(?:[Ii]s|[Ww]as)(?:n['’]t)?\s+${THING}\s+${NAME}\s*[?？!.]*\s*$`, 'u'),
  new RegExp(String.raw`^\s*${THING}\s+(?:is|was)\s+${NAME}\s*[?？!.]*\s*$`, 'u'),
];

/** Kinds of thing whose answer is a name: a place or a person. "The focus" or "the thesis" is not. */
const PLACE = /^(?:city|capital|province|region|place|country|site|location|town|case)$/iu;
const PERSON = /^(?:author|writer|candidate|researcher|secretary|leader|president|chairman)$/iu;

/** Words by which a question says something else of the thing than its name: a second thing, a place it is at or from. */
const OTHER_CLAIM = /\b(?:a|an|the|at|from|to|for|with|by|about|on)\b/iu;

/** A capitalised word past a sentence's first: the sentence names someone or somewhere. */
const HOLDS_NAME = /(?<=[\p{L},;:]\s+)\p{Lu}\p{Ll}{2,}/u;

/**
 * "The case city is Kashgar, isn't it?": a place or person said to be a name. Returns the name
 * (its words the thesis never uses, as `unknownNames` finds them) and the question that asks
 * what the thing is ("Which city is the case city?", "Who is the author?"); undefined for any
 * other question. The names are looked up only for a question of that form: every question
 * passes here.
 */
export function namedAs(question: string, unknownNames: (text: string) => readonly string[]): { name: string; asked: string } | undefined {
  const groups = NAMED_AS.map((re) => re.exec(question)?.groups).find((g) => g !== undefined);
  if (!groups?.['subject'] || !groups['name']) return undefined;
  // "Is the author a professor at X?", "is the author from Beijing?" say more of the thing than what it is.
  if (OTHER_CLAIM.test(groups['subject'].replace(/^\S+\s+/u, ''))) return undefined;
  // "The capital of Xinjiang Kashgar": the words of the name the thesis knows belong to the thing.
  const words = groups['name'].split(/\s+/u);
  const unknown = unknownNames(question);
  const known = words.findIndex((w) => unknown.includes(w));
  if (known < 0) return undefined;
  const subject = [groups['subject'], ...words.slice(0, known)].join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  // "The capital of Xinjiang" is a capital, the kind named before "of" (a capital is a city);
  // "the city studied", a city; "the general secretary cited in chapter 4", a secretary.
  const head = subject.split(/\s+of\s+/u)[0]?.split(/\s+/u).findLast((w) => PLACE.test(w) || PERSON.test(w)) ?? '';
  const asked = PERSON.test(head) ? `Who is ${subject}?` : PLACE.test(head) ? `Which ${head === 'capital' ? 'city' : head} is ${subject}?` : undefined;
  return asked ? { name: words.slice(known).join(' '), asked } : undefined;
}

/**
 * The correction of a wrong name, when the thing's answer names the right one: "No: the thesis
 * does not mention Kashgar." before what it says. Undefined when the answer names no one (then
 * the thesis cannot settle it, and the name it lacks is refused as usual).
 */
export function corrected(question: string, name: string, told: Answer): Answer | undefined {
  const [lead] = told.citations;
  if (told.abstained || !lead || (lead.section !== 'metadata' && !HOLDS_NAME.test(lead.quote))) return undefined;
  return { ...told, question, answer: `No: the thesis does not mention ${name}. ${told.answer}` };
}
