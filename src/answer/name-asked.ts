import { isEnglishWord } from '../retrieval/english.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';
import { WORK_NOUN } from './work-names.ts';

/**
 * "What are the names of the six stages?", "list the names of the communities": names are
 * asked for. The work's own name and its author's are the record's (metadata.ts).
 */
const NAMES_OF = /\bnames?\s+of\s+(?:the\s+|its\s+|all\s+the\s+)?(?!(?:the\s+)?(?:thesis|dissertation|paper|author|candidate|work|study|book|chapter|section)\b)((?:\p{L}+\s+){0,3}\p{L}+)/iu;

/** One word qualifying what "which" asks for ("which Western scholars"), not the question's verb ("what do scholars say"). */
const QUALIFIER = String.raw`(?:(?!(?:do|does|did|are|is|were|was|have|has|had)\b)\p{L}+\s+)?`;

/**
 * "Which scholars does the review cite?", "what Western theorists…": people asked for by their
 * calling; "who invented the concentric circle?", "who founded the corps?", "who is the father
 * of the mass line?", "who first used it in party building?": by what they began.
 * Only a sentence that names someone answers. ("Who proposed…" or "who developed…" may be the
 * author, whom the record names.)
 */
const PEOPLE_ASKED = new RegExp(
  String.raw`\b(?:which|what)\s+${QUALIFIER}(?:scholars?|theorists?|thinkers?|authors|researchers?|academics?|writers|sociologists?|economists?|philosophers?|experts?|mathematicians?|historians?|scientists?)\b|\bwho\s+(?:first\s+|originally\s+)?(?:invented|designed|coined|devised|originated|founded|created|conceived|came\s+up\s+with|thought\s+up)\b|\bwho\s+(?:(?:was|were)\s+the\s+first\s+to|first|originally)\s+(?:used?|appl(?:y|ied)|introduced?|proposed?|developed?|put\s+forward|adopted?|brought|drew|draw)\b|\bwho\s+(?:used|applied|introduced|proposed|developed|drew|made|built)\s+the\s+(?:very\s+)?first\b|\bwho\s+(?:are|were)\s+(?:the\s+)?members\s+of\b|\bwho\s+(?:are|were)\s+(?:the\s+)?(?:scholars|theorists|thinkers|researchers|academics|experts)\b|\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:authors?|creators?|inventors?|originators?|founders?|fathers?|pioneers?)\s+of\s+(?!(?:the\s+|this\s+|its\s+)?(?:${WORK_NOUN}|it|this)\b)`,
  'iu',
);

/** True when a question asks which scholars or thinkers, people named for their calling rather than a post. */
export function peopleAsked(question: string): boolean {
  return PEOPLE_ASKED.test(question);
}

/** "Who are the positive forces, by name?": names asked for, of the question's first plural. */
const BY_NAME = /\b(?:by|their)\s+names?\b/iu;

/**
 * "Which districts of Urumqi were studied?", "which villages did they visit?", "which ethnic
 * group is the largest?": places and peoples asked for one by one, which only their names
 * answer ("urban communities and villages", "all ethnic groups" name none).
 */
const PLACES_ASKED = new RegExp(
  String.raw`\bwhich\s+(?:of\s+the\s+)?${QUALIFIER}(communit(?:y|ies)|neighbou?rhoods?|districts?|villages?|streets?|cities|towns?|counties|provinces?|prefectures?|ethnic\s+groups?|ethnicit(?:y|ies)|nationalit(?:y|ies)|minorit(?:y|ies)|branch(?:es)?)\b`,
  'iu',
);

/**
 * "What are the main ethnic groups in Urumqi?", "what were the districts?": the same plurals
 * asked for as a whole, where nothing follows but the place they are in.
 */
const PLACES_WHAT = /\bwhat\s+(?:are|were)\s+(?:the\s+)?(?:(?:main|major|largest|biggest|principal|key|different|various)\s+)?(communities|neighbou?rhoods|districts|villages|streets|cities|towns|counties|provinces|prefectures|ethnic\s+groups|ethnicities|nationalities|minorities)(?:\s+(?:in|of|at)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?\s*[?？.!…]*\s*$/iu;

/** "Name the ethnic groups covered", "list the communities": places and peoples, in the plural, ordered one by one. */
const PLACES_LISTED = /^\s*(?:please\s+)?(?:name|list)\s+(?:the|all(?:\s+the)?)\s+(?:[\p{L}-]+\s+)?(communities|neighbou?rhoods|districts|villages|streets|cities|towns|counties|provinces|prefectures|ethnic\s+groups|ethnicities|nationalities|minorities|branches)\b/iu;

/**
 * "Which schools take part…", "what languages are used…", "which foreign governments…":
 * institutions, tongues and states, which only their names answer, asked with "which" or "what".
 */
const INSTITUTIONS_ASKED = new RegExp(
  String.raw`\b(?:which|what)\s+${QUALIFIER}(schools?|universit(?:y|ies)|colleges?|hospitals?|mosques?|temples?|churches|compan(?:y|ies)|enterprises?|languages?|religions?|ngos?|religious\s+groups?|governments|countries|nations)\b`,
  'iu',
);

/** "What were the six stages (of Urumqi community development) called?": their names, asked another way. */
const CALLED = /\bwhat\s+(?:are|were)\s+(?:the\s+|its\s+)?((?:\p{L}+\s+){0,3}\p{L}+s(?:\s+of\s+(?:[\p{L}'’]+\s+){0,4}?[\p{L}'’]+)?)\s+(?:called|named)\s*[?.!]*$/iu;

/** "What are they called (how many stages are there?)": a follow-up asking the names of the things the question before counted. */
const THEY_CALLED = /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?what\s+(?:are|were)\s+they\s+(?:called|named)\s*\((?:[^)]*?\b(?:many|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)((?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s)\b/iu;

/** The nouns whose names a question asks for ("communities" in "the names of the communities visited"), or undefined. */
export function namesAsked(question: string): string[] | undefined {
  // "Which enemy is deterred, by name?": with no plural, the thing "which" asks for.
  const plural = BY_NAME.test(question) ? (tokenize(question).find((t) => !isStopword(t.word) && /[^s'’]s$/iu.test(t.word))?.word ?? /\b(?:which|what)\s+(\p{L}+)/iu.exec(question)?.[1]) : undefined;
  const phrase = NAMES_OF.exec(question)?.[1] ?? plural ?? (PLACES_ASKED.exec(question) ?? PLACES_LISTED.exec(question) ?? PLACES_WHAT.exec(question) ?? INSTITUTIONS_ASKED.exec(question))?.[1] ?? CALLED.exec(question)?.[1] ?? THEY_CALLED.exec(question)?.[1];
  return phrase ? nounsOf(phrase) : undefined;
}

/** "What are they called?" of things the question before counted: their names, though the count is asked in its words. */
export function namesOfCounted(question: string): string[] | undefined {
  const phrase = THEY_CALLED.exec(question)?.[1];
  return phrase ? nounsOf(phrase) : undefined;
}

function nounsOf(phrase: string): string[] | undefined {
  // "The six stages of Urumqi community development": the stages are named, not Urumqi.
  const head = phrase.split(/\s+of\s+/iu)[0] ?? phrase;
  const nouns = tokenize(head).filter((t) => !isStopword(t.word)).map((t) => t.stem);
  return nouns.length > 0 ? nouns : undefined;
}

/** A word that is a name: capitalised, and no common word ("Urumqi", "Jinping"; not "Party"). */
function isName(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word) && !isEnglishWord(word);
}

/** Small words between a thing and the name after it: "a city called Urumqi", "the district, namely Tianshan". */
const BETWEEN = /^(?:called|named|known|as|namely|the)$/iu;

/**
 * Whether a sentence names one of the `nouns`: a quoted phrase or a name after it, small
 * words aside ("the activity of "national unity and one family"", "a city called Urumqi"),
 * or a name before it that shares its capital ("Youhao Community").
 */
export function namesNear(sentence: string, nouns: readonly string[]): boolean {
  const tokens = tokenize(sentence);
  // An opening quote, then the name: a closing one right after the noun ('the "four dangers".') names nothing.
  const quoted = (at: number) => /^\s*(?:(?:of|called|named|known\s+as|as)\s+)?(?:the\s+)?["“‘']\p{L}/iu.test(sentence.slice(at));
  return tokens.some((t, i) => {
    if (!nouns.includes(t.stem)) return false;
    if (quoted(t.end)) return true;
    const at = (j: number) => tokens[j] !== undefined && tokens[j]?.start !== 0 && isName(tokens[j]?.word);
    let after = i + 1;
    while (BETWEEN.test(tokens[after]?.word ?? '')) after += 1;
    // A name before the noun is its name only when the noun is capitalised with it and heads
    // it ("Youhao Community"; "Urumqi Community Governance" names governance, and "Urumqi
    // community" is a community of Urumqi). The first word of a sentence is capitalised anyway.
    const next = tokens[i + 1];
    const heads = /^\p{Lu}/u.test(t.word) && !(next && /^\p{Lu}/u.test(next.word) && sentence.slice(t.end, next.start).trim() === '');
    return at(after) || (heads && at(i - 1));
  });
}

/**
 * Whether a sentence names a person: a capitalised word, then with only a space (or an
 * initial's full stop) between, a capitalised word that is no common word ("Xi Jinping",
 * "Elinor Ostrom", "K. Osei"); "Xinjiang Province" and "Urumqi, Xinjiang" are places.
 */
export function namesPerson(sentence: string): boolean {
  const tokens = tokenize(sentence);
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    const gap = next ? sentence.slice(t.end, next.start) : '';
    return next !== undefined && /^\p{Lu}/u.test(t.word) && isName(next.word) && /^\.?\s+$/u.test(gap);
  });
}
