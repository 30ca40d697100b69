import { inFieldEnglish } from './han-terms.ts';
import type { Hit } from '../retrieval/search.ts';
import type { ParsedThesis, Section } from '../types.ts';
import type { Expectation } from './answer-type.ts';
import type { Answer, SectionPointer } from './types.ts';
import { isEnglishWord } from '../retrieval/english.ts';

function pointer(section: Section): SectionPointer {
  return { section: section.id, label: section.label, title: section.title };
}

const MISSING_KIND: Record<Expectation['kind'], string> = { count: 'It gives no such figure.', amount: 'It gives no such figure.', date: 'It gives no such date.', duration: 'It gives no such period.', frequency: 'It gives no such frequency.', pace: 'It gives no such pace.', agent: 'It names no one who did that.', money: 'It says nothing of money.', names: 'It gives no such names.', person: 'It names no one in that post.', people: 'It names no such person.', criteria: 'It gives no such criteria.', future: 'It says nothing of what is to come.', condition: 'It states no such condition.', seat: 'It does not say where it is based.' };

/** Why a question asking for a figure, a time, names or a person was refused, when the topic itself was found. */
export function missing(expected: Expectation): string {
  return MISSING_KIND[expected.kind];
}

/**
 * "The thesis text we have does not say", naming the sections nearest the question as
 * directions, and the `reason` when there is one to give ("It gives no such figure."). When no
 * passage shares a word of the question's topic, the nearest sections would be chance, so the
 * answer says what the thesis is about instead.
 */
export function refusal(question: string, hits: readonly Hit[], parsed: ParsedThesis, reason?: string): Answer {
  const language = languageOf(parsed);
  // A question in the other language shares no word with the text: whatever it asks, that is why.
  // One read in the English of the field's terms ("乌鲁木齐有多少个社区?") is refused for its own reason.
  const other = language === 'English' ? /\p{Script=Han}/u.test(question) && !inFieldEnglish(question) : language === 'Chinese' && /\p{Script=Latin}/u.test(question) && !/\p{Script=Han}/u.test(question);
  if (language && other) {
    const asked = language === 'English' ? 'Chinese' : 'English';
    return { question, answer: `The thesis text we have is in ${language}, so a question in ${asked} finds none of its words: try asking in ${language}.`, abstained: true, citations: [], nearest: [] };
  }
  const touched = hits.length === 0 || hits.slice(0, 6).some((h) => h.coverage > 0);
  // "¿Qué dice el capítulo cuatro…?": no word found, and most are not English: that is why.
  if (language === 'English' && hits.slice(0, 6).every((h) => h.coverage === 0) && mostlyNotEnglish(question)) {
    return { question, answer: 'The thesis text we have is in English, and most words of this question are not English ones, so none of them is found in it: try asking in English.', abstained: true, citations: [], nearest: [] };
  }
  const nearest = touched ? [...new Map(hits.slice(0, 6).map((h) => [h.passage.section.id, h.passage.section])).values()].slice(0, 2).map(pointer) : [];
  return saysNot(question, reason, nearest, touched ? directionsTo(nearest) : aboutThesis(parsed));
}

/** "The thesis text we have does not say", the `reason` when there is one, and where to look instead. */
export function saysNot(question: string, reason: string | undefined, nearest: SectionPointer[], directions = directionsTo(nearest)): Answer {
  return { question, answer: `The thesis text we have does not say.${reason ? ` ${reason}` : ''}${directions}`, abstained: true, citations: [], nearest };
}

/** Two in three of at least three words outside an English dictionary: a question in another language written in Latin letters. */
function mostlyNotEnglish(question: string): boolean {
  const words = question.match(/\p{L}+/gu) ?? [];
  const foreign = words.filter((w) => !isEnglishWord(w));
  return words.length >= 3 && foreign.length * 3 >= words.length * 2;
}

const languages = new WeakMap<ParsedThesis, 'Chinese' | 'English' | undefined>();

/** "Chinese" or "English" for a thesis written mostly in Han characters or in Latin letters, else undefined. */
export function languageOf(parsed: ParsedThesis): 'Chinese' | 'English' | undefined {
  if (!languages.has(parsed)) {
    const text = parsed.sections.map((s) => s.sentences.map((x) => x.text).join(' ')).join(' ');
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    languages.set(parsed, han + latin === 0 ? undefined : han > latin ? 'Chinese' : 'English');
  }
  return languages.get(parsed);
}

/** " No sentence of it uses the question's words: its keywords are …", from the record when it has them. */
function aboutThesis(parsed: ParsedThesis): string {
  const none = " No sentence of it uses the question's words";
  const keywords = parsed.metadata.keywords ?? [];
  const last = keywords.at(-1);
  if (last) return `${none}: its keywords are ${keywords.length > 1 ? `${keywords.slice(0, -1).join(', ')} and ${last}` : last}.`;
  return parsed.metadata.title ? `${none}: it is “${parsed.metadata.title}”.` : `${none}.`;
}

/** " The closest parts are Chapter 4 (“…”) and Overview (“…”).", or nothing without any. */
export function directionsTo(nearest: readonly SectionPointer[]): string {
  return nearest.length > 0 ? ` The closest parts are ${nearest.map((s) => `${s.label} (“${s.title}”)`).join(' and ')}.` : '';
}

/**
 * For "what else…" once the passages on a topic have all been quoted: there is no more, rather
 * than "the thesis does not say", which would contradict the answers before.
 */
export function nothingMore(question: string, hits: readonly Hit[], parsed: ParsedThesis): Answer {
  // What the thesis is about is no news after passages on the topic were quoted: only directions.
  const { nearest } = refusal(question, hits, parsed);
  return { question, answer: `The thesis text we have says nothing more on this than the passages already quoted.${directionsTo(nearest)}`, abstained: true, citations: [], nearest };
}

/** The thesis's sections, for a question about one it does not have. */
export function unknownSection(question: string, missing: readonly string[], parsed: ParsedThesis): Answer {
  const list = parsed.sections.map((s) => s.label).join(', ');
  const answer = `The thesis has no ${missing.join(' or ')}. Its sections are: ${list}.`;
  return { question, answer, abstained: true, citations: [], nearest: parsed.sections.map(pointer) };
}

/**
 * A piece of writing asked for ("write me a poem about Urumqi", "translate the abstract into
 * French"): an extractive reader writes nothing of its own.
 */
const WRITING =
  /^\s*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:(?:write|compose|draft|generate|create|make\s+up|pen)\s+(?:me\s+|us\s+)?(?:a|an|some|the|my|our)\s+(?:(?:short|little|funny|brief|nice)\s+)?(?:poem|story|song|essay|haiku|limerick|joke|letter|speech|e-?mail|tweet|rap|novel|script|sonnet|ballad|slogan|cover\s+letter|blog\s+post)s?\b|translate\b(?=.*\b(?:into|to|in)\s+\p{L}+))/iu;

/** True when the question asks the bot to write something rather than to report the thesis. */
export function asksForWriting(question: string): boolean {
  return WRITING.test(question);
}

/** The answer to a request for a piece of writing: what the bot can do instead. */
export function writingRefusal(question: string): Answer {
  const answer = 'I only report what the thesis says, in its own words with quotes; I do not write new texts. Ask a question about it, or try “summarize chapter 2”.';
  return { question, answer, abstained: true, citations: [], nearest: [] };
}

/** "What does the thesis not cover?", "what topics are missing?": what the text leaves out, which no sentence says. */
/** What may be asked to leave something out: the work, its author, or one of its parts. */
const WORK_OR_PART = String.raw`(?:the\s+|this\s+)?(?:thesis|dissertation|paper|author|abstract|text|study|it|introduction|overview|chapter\s+\w+|\w+\s+chapter)`;

const LEFT_OUT = new RegExp(
  String.raw`\bwhat\s+(?:does|do|did)\s+${WORK_OR_PART}\s+(?:not|never|fail\s+to)\s+(?:cover|discuss|address|mention|include|say|talk\s+about|deal\s+with)\b|\bwhat\s+(?:does|do|did)\s+${WORK_OR_PART}\s+(?:leave|left)\s+out\b|\bwhat\s+(?:topics?|things?|areas?|issues?|questions?|aspects?)\s+(?:are|is|were|was)\s+(?:missing|left\s+out|not\s+(?:covered|discussed|addressed)|absent|ignored|overlooked)\b|\b(?:is|was)\s+there\s+anything\s+${WORK_OR_PART}?\s*(?:leaves?|left|misses|missed|ignores|ignored)\b|\bwhat(?:['’]s|\s+is|\s+are)\s+(?:not|missing|absent)\s+(?:in|from)\s+${WORK_OR_PART}\s*[?.!]*$|\bwhat(?:['’]s|\s+is)\s+missing\s*[?.!]*$`,
  'iu',
);

/** True for a question about what the thesis leaves out. */
export function asksWhatIsLeftOut(question: string): boolean {
  return LEFT_OUT.test(question);
}

/** The answer to "what does it not cover?": no sentence says what is not there, but any topic can be asked after. */
export function leftOutRefusal(question: string): Answer {
  const answer = 'The thesis text we have says what it covers, not what it leaves out. Ask about a topic and I will say whether it speaks of it, or ask “what are the chapters?” for its outline.';
  return { question, answer, abstained: true, citations: [], nearest: [] };
}

/** A question asking the bot's own judgement, which an extractive reader does not have. */
const OPINION =
  /\bwhat\s+do\s+you\s+(?:think|make\s+of|feel)\b|\byour\s+(?:(?:own|personal|honest|real)\s+)?(?:opinion|views?|take|thoughts|assessment|verdict)\b|\b(?:do|would)\s+you\s+(?:agree|like|believe|recommend)\b|\b(?:is|was)\s+(?:it|that|(?:this|the)(?:\s+(?:thesis|dissertation|paper|argument|author|work|study))?)\s+(?:any\s+good|good|convincing|persuasive|right|correct|biased|worth\s+reading|well\s+written|propaganda|reliable|trustworthy|credible|objective|neutral|accurate)\b(?!\s+(?:that|to\s+say)\b)|\b(?:is|was)\s+(?:it|this|that)\s+an?\s+(?:good|great|bad|strong|weak|solid|convincing|serious|reliable|important)\s+(?:thesis|dissertation|paper|work|study|argument|framework|theory|model|approach|idea|analysis|book|piece\s+of\s+\p{L}+)\b/iu;

/** True when the question asks what the bot thinks of the thesis, not what the thesis says. */
export function asksForOpinion(question: string): boolean {
  return OPINION.test(question);
}

/**
 * The answer to a request for the bot's judgement: it has none, and says where the claims of
 * the section asked about (`ids`), or of the thesis as a whole, are.
 */
export function opinionRefusal(question: string, parsed: ParsedThesis, ids: readonly string[] = []): Answer {
  const named = parsed.sections.find((s) => ids.includes(s.id));
  const own = named ?? parsed.sections.find((s) => s.id === 'overview') ?? parsed.sections.at(-1);
  const where = own ? ` For what the thesis itself claims, see ${own.label} (“${own.title}”).` : '';
  // The overview is the thesis speaking of itself; "the introduction", as one says it.
  const asked = !named || named.id === 'overview' ? 'the thesis' : `${/^chapter\b/iu.test(named.label) ? '' : 'the '}${named.label.toLowerCase()}`;
  const answer = `I do not judge the thesis: I only report what it says, with quotes.${where} Try “What does ${asked} conclude?”.`;
  return { question, answer, abstained: true, citations: [], nearest: own ? [pointer(own)] : [] };
}
