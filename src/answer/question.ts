import { ThesisBotError } from '../errors.ts';

/** Longest question the core accepts; the bot sets a lower cap of its own. */
export const MAX_QUESTION_CHARS = 2000;

/**
 * Cleans what a user typed into a question: control and zero-width characters go, Discord
 * mentions (and a typed "@Name" opening it), custom emoji and emoji shortcodes and Markdown markers become plain text, and chat
 * shorthand ("w/", "when'd") the words it stands for.
 * @throws ThesisBotError BAD_QUESTION when nothing askable is left or it is far too long.
 */
export function cleanQuestion(raw: string): string {
  if (raw.length > MAX_QUESTION_CHARS) {
    throw new ThesisBotError('BAD_QUESTION', `That question is ${raw.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.`);
  }
  const text = raw
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/<(?:@[!&]?|#)\d+>/gu, ' ')
    .replace(/@(?:everyone|here)\b/gu, ' ')
    // Custom emoji ("<:pepe:123>") and emoji shortcodes (":flag_cn:", ":thinking:") are moods, not words.
    .replace(/<a?:[\w~]{2,32}:\d+>/gu, ' ')
    .replace(/(?<![\p{L}\p{N}]):[a-z0-9_+-]{2,32}:(?![\p{L}\p{N}])/giu, ' ')
    // "@ThesisBot pub date?" typed or pasted as text: a handle opening the message addresses it.
    .replace(/^\s*(?:@[\p{L}\p{N}_.-]+[\s,:]*)+/u, ' ')
    // Chat shorthand for small words: "w/ the corps", "w/o", "b/c".
    .replace(/(^|\s)w\/o(?=\s|$)/giu, '$1without')
    .replace(/(^|\s)w\/(?=\s|\p{L})/giu, '$1with ')
    .replace(/(^|\s)b\/c(?=\s|$)/giu, '$1because')
    // "what happened w the corps": a lone small "w" before a word is "with" too.
    .replace(/(^|\s)w(?=\s+\p{L})/gu, '$1with')
    // "When'd it come out?", "what'd he say": a question word's "'d" is "did".
    .replace(/\b(when|what|who|where|why|how)['’]d\b/giu, '$1 did')
    // "The thesis was supervised by ___": a blank to fill, not a Markdown marker.
    .replace(/(?<![\p{L}\p{N}_])_{2,}(?![\p{L}\p{N}_])/gu, '...')
    .replace(/[*_~`|]+/gu, '')
    // "#4 of the four experiences": a number, not a Markdown heading.
    .replace(/(^|\s)#(\d{1,2})\b/gu, '$1number $2')
    .replace(/(^|\s)[>#]+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!text) throw new ThesisBotError('BAD_QUESTION', 'Please type a question, for example: "What does chapter 3 say about consultation?"');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ThesisBotError('BAD_QUESTION', 'I could not find any words in that. Please ask your question in words.');
  // "Does it mention TikTok 😂": the emoji is the asker's mood, not part of what is named.
  return text.replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** Words in quotes: "the 'grid' system", “three-in-one”; an apostrophe inside a word ("party's") opens nothing. */
const QUOTED = /(?<!\p{L})["“‘']([^"”’'\n]{2,60}?)["”’'](?!\p{L})/gu;

/** The phrases a question puts in quotes, as typed: the exact terms it asks about. */
export function quotedTerms(question: string): string[] {
  return [...question.matchAll(QUOTED)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

/** A term as typed without the quotes around it; an apostrophe inside a word ("governance's") stays. */
export function unquote(text: string): string {
  return text.replace(/["“”]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/gu, '').trim();
}

/**
 * A small letter typed three times or more ("soooo", "pleeease"): chat's stress, not its
 * spelling. Capitals are left alone: "III" is a numeral.
 */
const ELONGATED = /(\p{Ll})\1{2,}/gu;

/**
 * The question with chat's stretched words written plainly ("soooo what…" as "so what…"): to
 * one letter, or two when only that makes a word `known` ("coool" as "cool").
 */
export function withoutElongation(text: string, known: (word: string) => boolean): string {
  return text.replace(/\p{L}*(\p{Ll})\1{2,}\p{L}*/gu, (word) => {
    const one = word.replace(ELONGATED, '$1');
    const two = word.replace(ELONGATED, '$1$1');
    return known(one) || !known(two) ? one : two;
  });
}

/** A question tag after a claim: "…, right?", "…, yes?", "…, isn't it?", "…, is that correct?". */
const TAG = /\s*[,–—-]\s*(?:yes|yeah|right|no|correct|true|ok)\s*[?？]+\s*$|[,\s]+(?:isn['’]?t\s+(?:it|she|he|that|this)|aren['’]?t\s+(?:they|there)|doesn['’]?t\s+(?:it|she|he)|don['’]?t\s+they|didn['’]?t\s+(?:it|she|he|they)|wasn['’]?t\s+(?:it|she|he)|is\s+(?:it|that)\s+(?:right|correct|true)|am\s+i\s+right)\s*[?？]+\s*$/iu;

/**
 * The claim without its question tag, so "right" or "yes" are not read as its words; a claim
 * that says what something is ("the author is a party member, right?") or was done ("posted
 * in 2021, right?") is asked as the question it puts ("is the author a party member?").
 */
export function withoutTag(question: string): string {
  // "The author is a party member right?": a tag without its comma, after a claim, not after a question ("is it right?").
  const tagged = TAG.test(question) || (BARE_TAG.test(question) && !ASKED.test(question));
  if (!tagged) return question;
  const claim = question.replace(TAG, '').replace(BARE_TAG, '').trim();
  const [, subject, verb, rest] = STATED.exec(claim) ?? [];
  if (subject && verb && rest) return `${verb} ${subject} ${rest}?`;
  return DONE_TO_IT.test(claim) ? `was it ${claim}?` : `${claim}?`;
}

/** "…right?" with no comma before it. */
const BARE_TAG = /\s+(?:right|yes|yeah|correct)\s*[?？]+\s*$/iu;
/** A question already, by its first word: its last word is its own. */
const ASKED = /^\s*(?:(?:so|and|but)\s+)?(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|may|might|must|what|which|who|whom|whose|when|where|why|how)\b/iu;

/** "The author is a party member", "there are six stages": a subject, a form of "be", and what it is. */
const STATED = /^(?:so\s+)?((?:the|this|its|his|her|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?|it|this|that|they|he|she|there)\s+(is|are|was|were)\s+(.+)$/iu;
/** "Posted in 2021": what was done to the work, its subject left out. */
const DONE_TO_IT = /^(?:posted|published|written|submitted|released|uploaded)\b/iu;

/** A gloss in brackets: "(concentric circle)". */
const GLOSS = /\(([^()]{2,120})\)/gu;
/** What a follow-up carries in brackets: the question before, or where it asked. */
const CARRIED = /[?？]|^\s*(?:what|which|who|whom|whose|how|why|where|when|is|are|was|were|does|do|did|can|could|tell|summari[sz]e|explain|in|and|compare|contrast|describe|define|list|give|show|outline|quote|look\s*up|search|find|count)\b/iu;
/** A quoted phrase that ends just before a gloss. */
const QUOTED_BEFORE = /(["“'‘])([^"“”'‘’]{1,60})["”'’]\s*$/u;

/**
 * "What does 'tongxinyuan' (concentric circle) mean?", "the fanghuiju activity (visiting the
 * people…)": a term the thesis never writes, glossed in words it does, is asked by its gloss
 * (a quoted term just before the bracket, or the unknown words among the three before it); a
 * gloss the thesis never writes ("concentric circle (同心圆)") goes, its term staying.
 */
export function withGlosses(text: string, knows: (word: string) => boolean, small: (word: string) => boolean): string {
  const content = (part: string) => (part.match(/\p{L}+/gu) ?? []).filter((w) => !small(w.toLowerCase()));
  const unknownWord = (w: string) => !small(w.toLowerCase()) && !knows(w);
  const allUnknown = (part: string) => content(part).length > 0 && content(part).every(unknownWord);
  /** The text before a bracket and the bracket, read: the gloss in the term's place, or as they were. */
  const read = (before: string, bracket: string, gloss: string): string => {
    // A question carried in brackets from the one before ("(What are the two functions?)",
    // "(in Chapter 4)") is no gloss.
    if (CARRIED.test(gloss)) return `${before}${bracket}`;
    // A gloss that says nothing the thesis does goes; the term before it stands alone.
    if (allUnknown(gloss)) return content(before).length > 0 ? before : `${before}${bracket}`;
    const quoted = QUOTED_BEFORE.exec(before);
    if (quoted && allUnknown(quoted[2] ?? '')) return `${before.slice(0, quoted.index)}${gloss} `;
    // Words and the spaces between them: the last six parts are the three words before the bracket.
    const parts = before.split(/(\s+)/u);
    const tail = parts.slice(-6).join('');
    const kept = tail.replace(/["“'‘]?(\p{L}+)["”'’]?/gu, (w: string, bare: string) => (unknownWord(bare) ? '' : w));
    return kept !== tail && content(gloss).some(knows) ? `${parts.slice(0, -6).join('')}${kept}${gloss} ` : `${before}${bracket}`;
  };
  let out = '';
  let last = 0;
  for (const m of text.matchAll(GLOSS)) {
    const at = m.index ?? 0;
    out += read(text.slice(last, at), m[0], m[1] ?? '');
    last = at + m[0].length;
  }
  return out + text.slice(last);
}
