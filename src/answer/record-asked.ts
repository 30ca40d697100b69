/**
 * Reading a question about the thesis as a catalogued work: which fields of its record it asks
 * for ("who wrote it?", "author, year and degree?", "作者是谁"), and which facts a record may
 * lack ("its supervisor", "its university"). Answering them is metadata.ts's.
 */
import type { ThesisMetadata } from '../types.ts';
import { fieldsByCue } from './record-cues.ts';
import { BARE, type Field, HAN_INTENTS, INTENTS, UNRECORDED } from './record-patterns.ts';
import { authorNameParts } from './work-names.ts';

/** "Who wrote it and what is it called?": the title, asked beside another field, never alone ("it" may be a term). */
const LISTED_TITLE: readonly [Field, RegExp] = ['title', /^what(?:\s+is|['’]s)\s+(?:it|this)\s+called$/iu];

/** Fields named in a list ("author, year and degree?", "the thesis: who, when, what degree?", "who wrote it, and when?"). */
function listedFields(bare: string): Field[] {
  const items = (bare.split(':').at(-1) ?? '').split(/\s*(?:,|&|\+|\/|\band\b|\bplus\b)\s*/u).map((item) => item.trim()).filter(Boolean);
  // An item may be a whole question too: "Who wrote it, and when?"; the first may end a sentence
  // that leads into the list ("for the bibliography I need the author, year and title").
  const fieldOf = (item: string) => [...BARE, ...INTENTS, LISTED_TITLE].find(([, re]) => re.test(item))?.[0];
  const fields = items.map((item, i) => fieldOf(item) ?? (i === 0 ? fieldOf(item.split(/\s+/u).slice(-2).join(' ')) : undefined));
  return items.length > 1 && fields.every((f) => f !== undefined) ? (fields as Field[]) : [];
}

/** The record as a whole: "the bibliographic details", "how do I cite it?", "cite it for me". */
const WHOLE_RECORD = /\b(?:bibliographic(?:al)?|catalogue|catalog|citation|publication)\s+(?:details|information|info|data|record|entry)\b|\bhow\s+(?:do|should|can|would)\s+i\s+cite\b|\bcite\s+(?:this|the|it)\s*(?:thesis|dissertation|paper|work)?\s+for\s+me\b|\b(?:a|the)\s+(?:citation|reference)\s+for\s+(?:this|the|it)\b|\bfull\s+(?:reference|citation)\b|\b(?:summari[sz]e|sum\s+up|show|give|list)\s+(?:me\s+)?(?:the|its)\s+(?:metadata|record)\b|^\s*(?:the\s+)?metadata\s*[?.!]*\s*$/iu;
const RECORD_FIELDS: readonly Field[] = ['author', 'title', 'datePosted', 'degree', 'type', 'country', 'subject'];

/**
 * "Wang's first name?", "Y L Wang's full name": the author named by name is the author, so
 * the phrasings about "the author's name" read it; with `subject`, the name said as a person
 * too ("where did Wang study?"). Parts of the name of three letters or more.
 */
export function authorNamed(question: string, author: string | undefined, subject = false): string {
  const parts = authorNameParts(author);
  if (parts.length === 0) return question;
  const name = String.raw`(?:\b\p{L}\.?\s+){0,2}\b(?:${parts.join('|')})`;
  const asAuthor = question.replace(new RegExp(String.raw`${name}['’]s\b`, 'giu'), "the author's");
  return subject ? asAuthor.replace(new RegExp(String.raw`${name}\b(?!['’])`, 'giu'), 'the author') : asAuthor;
}

/** Fields a question asks for: by its phrasing, as bare field names, or as "who is <the author>?". */
export function fieldsAsked(typed: string, meta: ThesisMetadata): Field[] {
  // "Was this really posted in 2021?" asks what "was this posted in 2021?" does, and "when
  // exactly was it posted?" what "when was it posted?" does.
  // "Wasn't it posted in 2021?" asks what "was it posted in 2021?" does.
  const question = typed.replace(/\b(?:really|actually|truly|indeed|exactly|precisely)\s+(?=\p{L})/giu, '').replace(/\b(is|was|were|are|did|does|do|has|have)n['’]?t\b/giu, '$1');
  // "Title and author please", "title and subject, quickly": the manners are no field.
  // "…the author, title and year, can you give them?": the asking after a list is no item of it.
  const bare = question.replace(/[?!.\s]+$/u, '').replace(/[,\s]*\b(?:please|pls|plz|thanks|thank\s+you|thx|quickly|briefly)\b[,\s]*/giu, ' ').replace(/[,;\s]+(?:(?:can|could|would|will)\s+you\s+)?(?:give|list|tell|provide|send|share)\s+(?:me\s+|us\s+)?(?:them|those|these|it)\s*$/iu, '').trim();
  const asked = authorNamed(question, meta.author);
  // "作者在哪所大学读博士？" asks for the university, though it says "author" and "doctor".
  const han = UNRECORDED.some(([, re]) => re.test(question)) ? [] : HAN_INTENTS.filter(([, re]) => re.test(question));
  const fields = [...INTENTS.filter(([, re]) => re.test(asked)), ...han, ...BARE.filter(([, re]) => re.test(bare))].map(([f]) => f);
  fields.push(...listedFields(bare), ...(WHOLE_RECORD.test(question) ? RECORD_FIELDS : []));
  // Phrasings the patterns above miss, read by their words alone.
  if (fields.length === 0 && !UNRECORDED.some(([, re]) => re.test(question))) fields.push(...fieldsByCue(question, meta.author));
  const who = /^who\s+is\s+(.+)$/iu.exec(bare)?.[1];
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}]/gu, '');
  // "Who is Wang?": the author, by any part of the name of three letters or more.
  if (who && meta.author && squash(who).length >= 3 && squash(meta.author).includes(squash(who))) fields.push('author');
  // "What does Y L stand for?": the author's initials, asked to be written out.
  const initials = STANDS_FOR.exec(question)?.[1];
  if (initials && meta.author && squash(meta.author).startsWith(squash(initials))) fields.push('author');
  // "What does 'Doctrine of the party and party building' refer to?": the record's own words, quoted.
  const quoted = [...question.matchAll(/["“'‘]([^"”'’]{3,})["”'’]/gu)].map((m) => squash(m[1] ?? ''));
  fields.push(...QUOTABLE.filter((f) => meta[f] !== undefined && quoted.includes(squash(String(meta[f])))));
  // In the record's own order, however the question lists them.
  const order = INTENTS.map(([f]) => f);
  return [...new Set(fields)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Fields whose value a reader may quote back; keywords are the thesis's own terms, asked of its text. */
const QUOTABLE: readonly Field[] = ['subject', 'title'];

/** True for a question about the work's record ("who wrote it?", "when was it posted?"), whose "it" is the thesis. */
export function asksAboutRecord(question: string): boolean {
  return fieldsAsked(question, {}).length > 0 || UNRECORDED.some(([, re]) => re.test(question));
}

/** The person pronouns that, after a question about the author, stand for the author. */
const PERSON_PRONOUN = /\b(?:they|he|she)\b/iu;

/**
 * "Where do they work?" after "where is the author from?": the pronoun is the author, asked of
 * by name; undefined when the question before asked nothing of the author or this names no one.
 */
export function ofTheAuthor(previous: string, current: string): string | undefined {
  const author = fieldsAsked(previous, {}).includes('author') || UNRECORDED.some(([name, re]) => name.includes('author') && re.test(previous));
  return author && PERSON_PRONOUN.test(current) ? current.replace(PERSON_PRONOUN, 'the author') : undefined;
}

/** "What does Y L stand for?": letters asked to be written out. */
const STANDS_FOR = /\b[Ww]hat\s+(?:does|do)\s+(?:the\s+)?["“'‘]?((?:\p{Lu}\.?\s*){1,3}?)["”'’]?\s*stands?\s+for\b/u;
