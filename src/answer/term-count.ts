import { findSectionRefs } from '../retrieval/section-ref.ts';
import type { Vocabulary } from '../retrieval/vocabulary.ts';
import type { Section, SectionId } from '../types.ts';
import { citeSentence, tagOf, withTags } from './cite.ts';
import { lookupTerm, termIn } from './lookup.ts';
import { unquote } from './question.ts';
import { asksFirstMention } from './sequence.ts';
import type { Answer, Citation, LookupResult } from './types.ts';

/**
 * Asking for a word rather than about a topic: "look up consultation", "search for the mass
 * line", "how many times does the word 'unity' appear?". The same look-up as `lookup` answers.
 * A term holds no brackets: "what does it say there (how many times… consultation)" asks what
 * the thesis says, and the look-up it follows is only in brackets.
 */
const TERM_QUESTIONS = [
  // "Search: last kilometer", "lookup: unity": the colon of a command typed in chat.
  /^\s*(?:please\s+)?(?:look\s*up\s*:?|search\s*:\s*|search\s+(?!tags?\b)(?:for\s+)?|find\s+(?:the\s+)?(?:word|term|phrase)\s+)\s*([^()]+?)\s*[?.!]*\s*$/iu,
  /\bhow\s+(?:many\s+times|often|frequently)\s+(?:does|do|is|are)\s+(?:the\s+(?:word|term|phrase)\s+)?([^()]+?)\s+(?:appear|occur|get\s+used|used|mentioned|come\s+up|show\s+up)\b/iu,
  /\bhow\s+(?:many\s+times|often|frequently)\s+(?:does|do)\s+(?:the\s+)?(?:thesis|dissertation|paper|author|it|text|abstract|chapter\s+\w+|introduction|overview)\s+(?:mention|use|say)\s+(?:the\s+(?:word|term|phrase)\s+)?([^()]+?)\s*[?.!]*\s*$/iu,
  /^\s*(?:count|number\s+of)\s+(?:the\s+)?(?:occurrences|mentions|uses)\s+of\s+([^()]+?)\s*[?.!]*\s*$/iu,
  // "Count the word party", "count 'consultation'": a word to count.
  /^\s*(?:please\s+)?count\s+(?:(?:the\s+)?(?:word|term|phrase)\s+([^()]+?)|((?:["“'‘]).+?(?:["”'’])))\s*[?.!]*\s*$/iu,
  // "find 'consultation'": a quoted word is a word to find, not a topic.
  /^\s*(?:please\s+)?(?:find|grep|locate)\s+((?:["“'‘]).+?(?:["”'’]))\s*[?.!]*\s*$/iu,
  // "show me every mention of Urumqi", "occurrences of stability", "all uses of the term X".
  /^\s*(?:(?:please\s+)?(?:show|give|list|find)(?:\s+me)?\s+)?(?:(?:all|every|each)\s+(?:the\s+)?)?(?:occurrences?|mentions?|uses|instances?)\s+of\s+(?:the\s+(?:word|term|phrase)\s+)?([^()]+?)\s*[?.!]*\s*$/iu,
  // "How many chapters mention consultation?": where it occurs answers how many.
  /\bhow\s+many\s+(?:chapters?|sections?|parts?)\s+(?:mention|discuss|talk\s+about|cover|deal\s+with|use|refer\s+to|address)\s+(?:the\s+(?:word|term|phrase)\s+)?([^()]+?)\s*[?.!]*\s*$/iu,
  // "where does the word consultation appear?"
  /^\s*where\s+(?:does|do|is|are)\s+(?:the\s+(?:word|term|phrase)\s+)([^()]+?)\s+(?:appear|occur|used|come\s+up|show\s+up)\b/iu,
  // "Does the thesis use the word 'pick'?": the word itself, not what it means.
  /\b(?:does|do|did)\s+(?:the\s+)?(?:thesis|dissertation|paper|author|it|text|abstract|chapter\s+\w+|introduction|overview)\s+(?:ever\s+)?(?:use|mention|contain|include|have)\s+the\s+(?:word|term|phrase|expression)\s+([^()]+?)\s*[?.!]*\s*$/iu,
  /^\s*(?:is|was)\s+the\s+(?:word|term|phrase|expression)\s+([^()]+?)\s+(?:ever\s+)?(?:used|mentioned|found|there|in\s+(?:the\s+)?(?:thesis|text|abstract))\b/iu,
];

/**
 * "Where is the mass line mentioned?", "where does the thesis mention the corps?": every place
 * the words stand answers, the overview among them, when the words are the thesis's own; a
 * paraphrase is left to search. "Where is X first mentioned?" asks one place (sequence.ts).
 */
const WHERE_MENTIONED =
  /^\s*(?:(?:and|so|but)\s+)?where\s+(?:in\s+the\s+(?:thesis|text|abstract|dissertation)\s+)?(?:(?:is|are|was|were)\s+(?!(?:it|that|this)\b)(.+?)\s+(?:mentioned|named|referred\s+to|brought\s+up)|(?:does|do|did)\s+(?:the\s+)?(?:thesis|dissertation|paper|author|it|text|abstract)\s+(?:mention|name|refer\s+to|bring\s+up)\s+(.+?)|(?:does|do|did)\s+(?!(?:it|the\s+(?:thesis|text|author))\b)(.+?)\s+(?:appear|occur|come\s+up|show\s+up))(?:\s+in\s+the\s+(?:thesis|text|abstract|dissertation))?\s*[?.!]*\s*$/iu;

/** "List the places Xinjiang is mentioned", "in which passages is the corps named?": the same places, asked for as a list. */
const PLACES_MENTIONED =
  /^\s*(?:(?:(?:please\s+)?(?:list|show|give|name|find|tell)(?:\s+me)?|what\s+are)\s+(?:all\s+)?the\s+(?:places|passages|spots|sentences|parts)\s+(?:where\s+|in\s+which\s+|that\s+)?|in\s+(?:which|what)\s+(?:places|passages|spots|sentences|parts)\s+(?:is|are|was|were)\s+)(.+?)\s+(?:(?:is|are|was|were|gets?|got)\s+)?(?:mentioned|named|referred\s+to|brought\s+up)(?:\s+in\s+the\s+(?:thesis|text|abstract|dissertation))?\s*[?.!]*\s*$/iu;

/** The words "where is X mentioned?" asks the places of, without quotes, or undefined. */
function mentionedWhere(question: string): string | undefined {
  if (asksFirstMention(question)) return undefined;
  const m = WHERE_MENTIONED.exec(question) ?? PLACES_MENTIONED.exec(question);
  const found = m?.[1] ?? m?.[2] ?? m?.[3];
  return found ? asTerm(found.replace(/^(?:the\s+)?(?:word|term|phrase|expression)\s+/iu, '')) : undefined;
}

/** A phrase as typed made a term to look up: "the mass line" is looked up as "mass line", which "the party's mass line" holds too. */
function asTerm(typed: string): string {
  return unquote(typed).replace(/^(?:the|a|an)\s+/iu, '');
}

/** The word or phrase a question asks to find or count, without quotes, or undefined. */
export function termToCount(question: string): string | undefined {
  // "Where does the word 'Xinjiang' first appear?" asks one place, as "where is it first mentioned?" does.
  if (asksFirstMention(question)) return undefined;
  for (const pattern of TERM_QUESTIONS) {
    const m = pattern.exec(question);
    const found = m?.[1] ?? m?.[2];
    const term = found && asTerm(found);
    if (term) return term;
  }
  return undefined;
}

/** A term the look-up did not find, with the close terms that do occur. */
function notFound(question: string, found: LookupResult): Answer {
  const close = found.suggestions.length > 0 ? ` Close terms that do: ${found.suggestions.join(', ')}.` : '';
  return { question, answer: `“${found.term}” does not occur in the thesis text we have.${close}`, abstained: true, citations: [], nearest: [] };
}

/**
 * How often a term found in `sections` occurs, by section, with its first use in each as the
 * sources; the section where it occurs most is quoted (the first, when sections tie). `subject`
 * opens the answer (the term).
 */
function counted(question: string, found: LookupResult, sections: readonly Section[], subject = `“${found.term}”`): Answer {
  const groups = [...found.matches].sort((a, b) => b.count - a.count);
  const citations: Citation[] = [];
  for (const group of groups) {
    const section = sections.find((s) => s.id === group.section);
    const first = section?.sentences.find((s) => !s.heading && termIn(s.text, found.term).length > 0);
    if (section && first) citations.push(citeSentence(section, first, group.count / found.total));
  }
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  const [only] = groups;
  const where =
    groups.length === 1 && only ? `, ${found.total === 1 ? '' : 'all '}in ${only.label} ${tagOf(only.section)}` : `: ${groups.map((g) => `${times(g.count)} in ${g.label} ${tagOf(g.section)}`).join(', ')}`;
  // Sections tied for the most keep their reading order, so the first quoted is the first use.
  const tied = groups.length > 1 && groups[0]?.count === groups[1]?.count;
  const quoted = citations[0] ? ` ${groups.length === 1 || tied ? 'First use' : 'Where it occurs most'}: ${withTags(citations.slice(0, 1))}` : '';
  return { question, answer: `${subject} occurs ${times(found.total)}${where}.${quoted}`, abstained: false, citations, nearest: [] };
}

/**
 * Answers a question that asks for a word ("look up consultation in chapter 3") with its
 * counts in the sections it names (`named`), or in all; undefined for any other question.
 */
export function answerTermQuestion(question: string, named: readonly SectionId[], sections: readonly Section[], vocabulary: Vocabulary): Answer | undefined {
  const places = mentionedWhere(question);
  if (places) {
    const found = lookupTerm(places, named.length > 0 ? sections.filter((s) => named.includes(s.id)) : sections, vocabulary);
    if (found.total > 0) return counted(question, found, sections);
  }
  const asked = termToCount(question);
  if (!asked) return undefined;
  // The chapter says where to count, not what.
  const term = findSectionRefs(asked, sections).rest.replace(/\s+(?:in|from)(?:\s+the)?\s*$/iu, '').trim() || asked;
  const where = named.length > 0 ? sections.filter((s) => named.includes(s.id)) : sections;
  const here = lookupTerm(term, where, vocabulary);
  if (here.total > 0) return counted(question, here, where);
  // "Does the introduction use 'mass line'?": not there, but the thesis does use it, and where is the answer.
  const all = where.length < sections.length ? lookupTerm(term, sections, vocabulary) : here;
  if (all.total === 0) return notFound(question, here);
  return counted(question, all, sections, `“${all.term}” does not occur in ${where.map((s) => s.label).join(' or ')}. In the whole text, it`);
}
