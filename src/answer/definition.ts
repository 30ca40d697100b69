import type { Hit } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';
import { escapeRegExp } from '../ingest/words.ts';
import { unquote } from './question.ts';
import { HOW_TO_WORD, PLAINER } from './asking-frames.ts';
import { HELP_FRAME } from './asker-frames.ts';
import { ONE_SENTENCE_INTENT } from './section-answer.ts';

/** "What is X?", "What are X?", "Define X", "Explain X", "What does X mean?", "How does the thesis describe X?": X, or undefined. */
const DEFINITION_QUESTION =
  /^\s*(?:(?:so|ok(?:ay)?|and|but|well|then|right|hmm+|um+|hey|sorry|briefly|in\s+(?:short|brief)|in\s+(?:one|a|two|three|four|five|[1-5]|a\s+couple\s+of|a\s+few)\s+(?:sentences?|lines?|words?))[\s,:;-]+)*(?:what(?:\s+(?:exactly\s+|precisely\s+|actually\s+|really\s+)?(?:is|are|was|were)|['’]?s)|define|definition\s+of|meaning\s+of|what\s+is\s+meant\s+by|(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:explain|describe))\s+(.+?)\s*\??\s*$|^\s*what\s+does\s+(.+?)\s+mean\s*\??\s*$|^\s*how\s+(?:does|do|did)\s+(?:the\s+)?(?:thesis|dissertation|paper|author|text|abstract|it|\p{Lu}\p{L}+)\s+(?:describe|characteri[sz]e|portray|depict|present|conceive\s+of|conceptuali[sz]e)\s+(.+?)\s*\??\s*$/iu;
const COPULA = new Set(['is', 'are', 'means', 'refers']);
/** Words that end the head of a noun phrase ("the circle of the interaction…"). */
const PREPOSITIONS = new Set(['of', 'in', 'between', 'for', 'on', 'with', 'under', 'at', 'from', 'by', 'to', 'among', 'within']);

/**
 * Questions that ask what a term means, in so many words: "what is meant by X", "what does
 * the thesis mean by X", "how does it define X", "the definition of X", "what does X mean",
 * "(I don't get) what 'X' means", "explain the term X", typed as keywords "X meaning?".
 * "What is X?" is not among them: its X is as often a paraphrase as a term, and nor is "which
 * values define the circle's reach?", whose "define" is said of the values.
 */
const MEANING_QUESTION = [/\b(?:mean|meant|understand)\s+by\s+(.+)$/iu, /\bwhat\s+((?:["“'‘][^"”'’]+["”'’])|[\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s+(?:means|stands\s+for|refers\s+to)(?:\s+(?:in|for|within)\s+(?:the|this|that|its)\s+[\p{L}-]+)?\s*$/iu, /\b(?:explain|clarify|gloss)\s+(?:the\s+)?(?:term|phrase|expression|word)\s+(.+)$/iu, /(?<!\b(?:which|what)\s+(?:(?!(?:does|do|did|is|are|was|were)\b)[\p{L}'’]+\s+){1,6})\b(?:define[sd]?|definition\s+of|meaning\s+of)\s+(.+)$/iu, /^\s*what\s+does\s+(.+?)\s+mean\b/iu, /^\s*what\s+does\s+(["“'‘][^"”'’]+["”'’])\s+(?:refer\s+to|stand\s+for|signify|denote)\b/iu, /^\s*((?:["“'‘][^"”'’]+["”'’])|[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s*[-–—:,]?\s+(?:meaning|definition)$/iu];
/** Words around a term that name it as one ("the concept of X", "X here", "the term X", "define as X", "X as the thesis uses it"). */
const TERM_FRAME = /^(?:as\s+)?(?:the\s+)?(?:(?:concept|notion|idea|term|word|phrase|expression)s?\s+(?:of\s+)?)?|\s+(?:concept|notion|idea|term|here|in\s+(?:the|this)\s+(?:thesis|dissertation|paper|work)|(?:as|the\s+way)\s+(?:the|this)\s+(?:thesis|dissertation|paper|work|author|writer)\s+(?:uses|understands|means|defines|sees)(?:\s+it)?|as\s+(?:it\s+is\s+)?used\s+(?:here|in\s+(?:the|this)\s+(?:thesis|dissertation|paper|work))|according\s+to\s+(?:the|this)\s+(?:thesis|dissertation|paper|work|author))\s*$/giu;

/**
 * A term in quotes at the start of what follows "meaning of", "define"…: "'concentric circle'
 * in chapter 1", "the 'last mile' problem" (the quotes name the term; what follows describes it).
 */
const QUOTED_TERM = /^\s*(?:the\s+)?(?:(?:term|phrase|word|concept|notion)\s+)?["“'‘]([^"”'’]+)["”'’](?!\p{L})/u;

/** "Several concepts", "some key terms", "which notions": terms counted or asked for, none named. */
const MANY_TERMS = /^(?:several|some|many|various|a\s+few|a\s+number\s+of|which|what|any|the\s+following|two|three|four|five|six|its|their|other)\s+(?:(?:key|main|basic|related|central|core)\s+)?(?:concepts|terms|notions|ideas|words|phrases)\b/iu;

/** "Say it simpler", "like I'm 5": another wording asked for. */
const REWORDING = new RegExp(PLAINER, 'iu');

/** "ELI5: what is…", "explain like I'm five - what is…", "what is X? explain it simply": a rewording asked around the question. */
const REWORDING_AROUND = new RegExp(String.raw`^\s*${HOW_TO_WORD}[\s,:;.!-]*|[\s,:;.!-]*${HOW_TO_WORD}[\s,:;.!-]*$`, 'giu');

/** "In one sentence", "in a line", trailing the term asked about. */
const ONE_SENTENCE = new RegExp(String.raw`[\s,]*(?:${ONE_SENTENCE_INTENT.source}|\bbriefly|\bin\s+(?:short|brief)|\bin\s+(?:two|three|four|five|[2-5]|a\s+couple\s+of|a\s+few)\s+(?:sentences|lines|words))\s*$`, 'iu');

/** The term a question asks the meaning of, as typed, or undefined. */
export function termAskedAbout(typed: string): string | undefined {
  // "My professor says it defines community vaguely. What concepts does it define?": the term is asked in the question, not in what was said first.
  const sentences = typed.split(/(?<=[.!?？])\s+(?=\p{Lu})/u);
  const question = sentences.length > 1 ? (sentences.findLast((s) => /[?？]/u.test(s)) ?? typed) : typed;
  for (const pattern of MEANING_QUESTION) {
    // "What does it mean by X (summarize chapter 5)": the question a follow-up leans on is no part of the term.
    // Nor is a closing plea ("…, can you help?").
    const m = pattern.exec(question.replace(/\s*\(.*\)\s*$/su, '').replace(HELP_FRAME, '').replace(/[\s,;:]*[?？!.]*\s*$/u, ''));
    // "The meaning of 'concentric circle' covered in chapter one": the quotes end the term.
    const quoted = m?.[1] && QUOTED_TERM.exec(m[1])?.[1];
    // "What is the circle in one sentence?": how long the answer should be is no part of the term.
    const term = quoted || (m?.[1] && unquote(m[1].replace(ONE_SENTENCE, ' ')).replace(TERM_FRAME, '').trim());
    // "It defines several concepts first - which?" asks which terms it defines, naming none.
    if (term && !MANY_TERMS.test(term)) return term;
  }
  return undefined;
}

/** How close to the best a sentence must score to be preferred as the definition. */
const NEAR_TOP = 0.9;
/** The same for a question asking what a term means ("how does the thesis define X?"). */
const MEANING_NEAR = 0.5;

/** Words a defining sentence may say between its subject's head and its "is". */
const MAX_MODIFIER_WORDS = 12;

/**
 * Whether a sentence defines `term`: after at most an article (and one more word) it opens
 * with one of the term's words, and its subject (all before "is" / "are" / "means") holds
 * every one of them, in any order ("The 'concentric circle' of the interaction between the party and the masses is the
 * development of the mass line" defines "the concentric circle of party-masses interaction").
 */
export function defines(sentence: string, term: string): boolean {
  const want = new Set(tokenize(term).filter((t) => !isStopword(t.word)).map((t) => t.stem));
  if (want.size === 0) return false;
  const tokens = tokenize(sentence);
  const at = /^(?:the|a|an)$/iu.test(tokens[0]?.word ?? '') ? 1 : 0;
  // One word may come before the term's ("the 'concentric' circle of…" for "the circle of…").
  if (!want.has(tokens[at]?.stem ?? '') && !want.has(tokens[at + 1]?.stem ?? '')) return false;
  const copula = tokens.findIndex((t, i) => i > at && COPULA.has(t.word.toLowerCase()));
  if (copula < 0) return false;
  const subject = tokens.slice(at, copula);
  const content = subject.filter((t) => !isStopword(t.word));
  // The head of the subject must be the term's: "Community party organization is…" defines
  // the organisation, not the community.
  const ending = subject.findIndex((t) => PREPOSITIONS.has(t.word.toLowerCase()));
  const head = (ending < 0 ? subject : subject.slice(0, ending)).filter((t) => !isStopword(t.word)).at(-1);
  return want.has(head?.stem ?? '') && [...want].every((w) => subject.some((t) => t.stem === w)) && content.length <= want.size + MAX_MODIFIER_WORDS;
}

/**
 * Whether a sentence says what `term` is: it defines it, or names it with "as" ("As the capital
 * city of Xinjiang Province, Urumqi…", "Consultative democracy, as an important way of
 * democracy…, has been…").
 */
export function describes(sentence: string, term: string): boolean {
  const name = String.raw`(?:the\s+)?["“]?${escapeRegExp(term.replace(/^the\s+/iu, ''))}["”]?`;
  const leading = new RegExp(String.raw`^as\s+(?:the|an?)\s+[^,;]{1,80},\s*${name}(?!\p{L})`, 'iu');
  const following = new RegExp(String.raw`^${name}\s*,\s*as\s+an?\b`, 'iu');
  return defines(sentence, term) || leading.test(sentence) || following.test(sentence);
}

/**
 * "What is Urumqi's position within Xinjiang?", "how is Urumqi described?": the thing whose
 * standing is asked, which a sentence naming it "as" something answers.
 */
const STANDING_QUESTION = [
  /^\s*what\s+(?:is|was)\s+(.+?)['’]s?\s+(?:position|status|place|standing|rank|role)\s+(?:in|within|inside|among)\b/iu,
  /^\s*how\s+(?:is|was|are|were)\s+(.+?)\s+(?:described|characteri[sz]ed|portrayed|presented|introduced)\b/iu,
  /^\s*what\s+(?:position|status|place|standing|rank)\s+(?:does|did|do)\s+(.+?)\s+(?:hold|have|occupy|enjoy|take)\b/iu,
];

/**
 * For a question asking what something is, moves a sentence that defines it to the front,
 * when it scores nearly as well as the best: the answer then opens with the definition.
 */
export function definitionFirst(question: string, hits: readonly Hit[]): readonly Hit[] {
  // "Explain it like I'm 5 (what is the circle?)": a rewording asked of the question carried, which decides.
  const carried = /^([^()]*)\((.+)\)\s*[?？!.]*$/su.exec(question);
  if (carried?.[1] && carried[2] && REWORDING.test(carried[1])) return definitionFirst(carried[2], hits);
  const plain = question.replace(REWORDING_AROUND, '');
  if (plain !== question && plain.length > 0) return definitionFirst(plain, hits);
  const m = DEFINITION_QUESTION.exec(question.replace(/[?？!.]+\s*$/u, '').replace(ONE_SENTENCE, ''));
  const standing = STANDING_QUESTION.map((re) => re.exec(question)?.[1]).find(Boolean);
  const asked = termAskedAbout(question) ?? standing;
  const term = asked ?? m?.[1] ?? m?.[2] ?? m?.[3];
  const [top] = hits;
  if (!term || !top) return hits;
  // Asked what a term means in so many words, a sentence defining it answers from further down,
  // unless one of the best says where the thesis defines it ("…the community… are defined").
  const far = asked !== undefined && !hits.slice(0, 3).some((h) => /\bdefin/iu.test(h.passage.text));
  const near = hits.filter((h) => h.score >= (far ? MEANING_NEAR : NEAR_TOP) * top.score);
  const definition = near.find((h) => describes(h.passage.text, term));
  return definition && definition !== top ? [definition, ...hits.filter((h) => h !== definition)] : hits;
}
