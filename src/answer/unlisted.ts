import { numberOf } from '../ingest/ordinals.ts';
import type { Hit, Passage } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';
import { inlineItems, introduces } from './enumeration.ts';
import { asksWhichSection } from './lead.ts';
import { LISTED_ASKED } from './asking-frames.ts';
import { nearList } from './list-answer.ts';
import { COUNTED, GIVEN_BEFORE, namedOnly, spelledOut } from './named-only.ts';

/** "What are…", "list…", "name the…", "one by one": the things are asked for one by one (so does LISTED_ASKED's "does it name the…?"). */
const LIST_ASKED = /\b(?:what|which)\s+(?:exactly\s+|precisely\s+)?(?:are|were)\b|^\s*(?:(?:please|can\s+you|could\s+you)\s+)?(?:name|give(?:\s+me)?|tell\s+me)\s+(?:the|all|its|his|her)\b|(?<!\bthe\s+)\blist(?:ed)?\b(?!\s+of\b)|\bone\s+by\s+one\b|\benumerate\b/iu;
/** A passage asked for where the things are named ("the passage / sentence / bit where…"), not the things. */
const PASSAGE_ASKED = /\b(?:passages?|sentences?|quotes?|quotations?|lines?|bits?)\b/iu;
/**
 * "What are the four dangers?" when the best sentence only names "the four dangers" and no
 * list of them is near: what to say before the sentence, so a reader does not take it for the
 * list. Undefined when the question asks no such thing or the thesis lists them.
 */
export function unlisted(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  // "Give me the passage where it talks about the four dangers" asks for the passage, not the list.
  const things = (LIST_ASKED.test(question) || LISTED_ASKED.test(question)) && !PASSAGE_ASKED.test(question) ? namedOnly(question, hits, passages) : undefined;
  if (things) return `The thesis names the ${things} but does not list them.`;
  // "What are the research difficulties, one by one?": how to give them is no part of the kind.
  // "Which chapter has the material on the corps?" asks where, not which ones.
  // "Which factors are international?" asks what "what are the international factors?" does.
  const asked = question.replace(WHICH_ARE, 'what are the $2 $1$3');
  const found = KINDS_ASKED.test(asked.replace(ONE_BY_ONE, '')) && !WHICH_ONE_SAYS.test(asked) && !asksWhichSection(asked) ? mentionedOnly(asked, hits, passages) : undefined;
  // "Which masses?" asks nothing the text lists: a bare kind must be one the text qualifies or counts.
  const kinds = found && BARE_KIND.test(asked) && !/\s/u.test(found) ? undefined : found;
  // "Literatures" found as the thesis's "research status": one thing, not a list.
  return kinds ? `The thesis mentions ${kinds} but does not ${/[^sui]s$/iu.test(kinds) ? 'list them' : 'set it out'}.` : undefined;
}

/** How an answer opens that says the thesis names things without listing them: news, though its quote is not. */
export const UNLISTED_NOTE = /^(?:The thesis|It) (?:names|mentions) .+? but does not (?:list them|set it out|say which)/u;

/** "Which factors are international?": the things of a kind, asked by the kind after them ("which methods are named?" asks the kind itself). */
const WHICH_ARE = /^\s*which\s+([\p{L}-]+[^s\s'’]s)\s+(?:are|were)\s+(?!(?:named|listed|mentioned|used|given|discussed|covered|cited|identified|specified)\b)(\p{L}+)\s*([?.!]*)\s*$/iu;

/** "Which report says…", "which chapter argues…": one thing asked for by what it says, not a kind of things. */
const WHICH_ONE_SAYS = /^\s*which\s+\p{L}+\s+(?:says|shows|argues|claims|states|notes|holds|suggests|mentions|describes|explains|stresses|calls|puts)\b/iu;

/** "…, specifically?", "in detail", "by name", "which specific…", "what resources exactly", "what exactly are…": the things themselves, not their kind, are wanted. */
const SPECIFICS = /\b(?:specifically|in\s+detail|by\s+name|in\s+particular)\b|\b(?:what|which)\s+(?:specific|exactly\s+(?=(?:are|were)\b))\b|(?<=\b(?:what|which)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s\s+)(?:exactly|precisely)\b/iu;

/** "…say what X is / means": what one thing is, asked. */
const ONE_THING_ASKED = /\bsay\s+(?:what|how)\b.*\b(?:is|was|means|mean|meant)\s*[?.!]*\s*$/iu;


/**
 * "Which international factors restrict development, specifically?" when the best sentence only
 * mentions the kind ("the international and domestic factors"): the thesis does not say, which
 * is the reason to refuse. Undefined otherwise.
 */
export function unspecified(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  // "Does it say what the separation from the masses is?" asks what one thing is, not which ones.
  const listed = LISTED_ASKED.test(question) && !ONE_THING_ASKED.test(question);
  if (!SPECIFICS.test(question) && !listed) return undefined;
  // A count of things ("the four dangers") comes with the one the sentence gives: answered, with a note.
  const things = COUNTED.test(question) ? undefined : mentionedOnly(question, hits, passages);
  return things ? `It mentions ${things} but does not say ${/[^sui]s$/iu.test(things) ? 'which they are' : 'what it is'}.` : undefined;
}

/**
 * "What are the research difficulties (the author faced)?", "what research methods does the
 * thesis use?", "which ethnic groups are mentioned?", "what are the factors restricting
 * development?", "which factors restrict it?", a bare "which methods?" (BARE_KIND; "what about
 * the innovations?" asks about them, not which): the whole question asks which things of a
 * kind, named by a plural without a count.
 */
/** "Name the ethnic groups covered by the study.", "list the research methods": an order for the things of a kind. */
const NAME_THE = /^\s*(?:please\s+)?(?:name|list|enumerate)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s(?:\s+(?:covered|mentioned|named|discussed|studied|involved|used|given)\b[^?.!]*)?\s*[?.!]*\s*$/iu;
const BARE_KIND = /^\s*(?:and\s+|so\s+)?(?:what|which)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s\s*[?.!]*\s*$/iu;
const KINDS_ASKED = new RegExp(`${BARE_KIND.source}|${NAME_THE.source}|${String.raw`^\s*(?:what|which)\s+(?:are|were)\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s(?:\s+(?:mentioned|named|given|used|discussed|covered|listed)|\s+(?:that\s+|which\s+)?\p{L}{3,}ing\b[^?.!]*|\s+(?:that\s+|which\s+)?(?:the\s+)?(?:author|thesis|study|paper|writer|researcher|dissertation|it|they|he|she)\s+\p{L}+[^?.!]*)?\s*[?.!]*\s*$|^\s*(?:what|which)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s\s+(?:are|were|does|do|did)\s+(?:(?:the|this|its)\s+)?(?:(?:thesis|author|introduction|study|paper|abstract|it)\s+)?(?:(?:say|says|said)\s+(?:were|are|it|they|the\s+author)\s+)?(?:use|uses|used|mention|mentioned|name|named|discuss|discussed|cover|covered|list|listed|give|given|claim|claimed)\s*[?.!]*\s*$|^\s*which\s+(?:[\p{L}-]+\s+)?(?!(?:was|has|is|does|says|goes|gets|makes|introduces|defines|describes|discusses|mentions|covers|explains|shows)\b)[\p{L}-]+[^s\s'’]s\s+(?!(?:are|were|does|do|did|is|was|has|have|had|can|could|should|would|will)\b)\p{L}+\b[^?.!]*[?.!]*\s*$`}`, 'iu');

/** "…, specifically?", "exactly": the things themselves are asked for, no part of their kind. */
const ONE_BY_ONE = /[,\s]*\b(?:one\s+by\s+one|each\s+of\s+them|in\s+full|in\s+turn|specifically|exactly|precisely|in\s+particular|by\s+name)\b/giu;

/** Nouns in "-s" that name one thing: "the corps" is one body, not a list of them. */
const SINGULAR_IN_S = /^(?:corps|series|species|means|news|headquarters)$/iu;

/**
 * The plural a question asks for ("research methods"), as the best sentence mentions it with
 * the same words before it, when the sentence only mentions it and no list of it is near.
 */
function mentionedOnly(question: string, hits: readonly Hit[], passages: readonly Passage[]): string | undefined {
  const asked = tokenize(question).filter((t) => !isStopword(t.word));
  // A plural, not an adjective or a singular in "-s" ("autonomous", "status", "process", "the corps").
  const at = asked.findIndex((t) => /[^s'’]s$/iu.test(t.word) && !/(?:ous|us|is)$/iu.test(t.word) && !SINGULAR_IN_S.test(t.word) && !/^\d+$/u.test(t.stem));
  const noun = asked[at];
  const top = hits[0]?.passage;
  if (!noun || !top || COUNTED.test(question)) return undefined;
  // The word just before it qualifies it ("research methods"); one further off does not ("list them (what methods?)").
  const previous = asked[at - 1];
  const before = previous && previous.end + 1 === noun.start ? previous : undefined;
  const tokens = tokenize(top.text);
  // "International factors" as the thesis writes them: "the international and domestic factors".
  const joined = (k: number) => /^(?:and|or)$/iu.test(tokens[k - 2]?.word ?? '') && tokens[k - 3]?.stem === before?.stem;
  const i = tokens.findIndex((t, k) => t.stem === noun.stem && /s$/iu.test(t.word) && (!before || tokens[k - 1]?.stem === before.stem || joined(k)));
  const named = tokens[i];
  // Unqualified in the question, the noun is given with the word qualifying it in the text ("research methods").
  const qualifier = tokens[i - 1];
  const qualified = qualifier && named && qualifier.end + 1 === named.start && !isStopword(qualifier.word);
  // "International and domestic factors": both qualifiers, as the text joins them.
  // ("Research difficulties and possible innovations" joins two things, not two qualifiers.)
  const pair = qualified && /^(?:and|or)$/iu.test(tokens[i - 2]?.word ?? '') ? tokens[i - 3] : undefined;
  const own = qualified ? (pair && !isStopword(pair.word) && !/[^siu]s$/iu.test(pair.word) ? pair : qualifier) : named;
  const from = before ? tokens[joined(i) ? i - 3 : i - 1] : own;
  // A list near is theirs, unless it is the sentence's own list of another kind ("four basic
  // experiences: …" after "international and domestic factors").
  const otherKind = inlineItems(top.text).length > 0 && !introduces(top.text, named);
  if (!named || !from || (!otherKind && nearList(hits, passages, true))) return undefined;
  // "The reasons are as follows: first, …" opens a list the next sentences give.
  const follows = !otherKind && /^[^.;]*?(?:as\s+follows|[:：])/iu.test(top.text.slice(named.end));
  if (follows || GIVEN_BEFORE.test(top.text.slice(0, from.start)) || spelledOut(top.text, from, named) || (inlineItems(top.text).length > 0 && !otherKind)) return undefined;
  // "One of the three fine styles": their count, where the text gives it, goes with them.
  const count = tokens[tokens.indexOf(from) - 1];
  const counted = count && numberOf(count.word) !== undefined ? count : from;
  return top.text.slice(counted.start, named.end).toLowerCase();
}
