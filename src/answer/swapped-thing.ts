import { askedOrdinal } from './enumeration.ts';
import { OTHERS } from './exclusion.ts';

/** "And the core?", "what about the radius?": one thing named alone, in place of another. */
const BARE_THING = /^\s*(?:and|what\s+about|how\s+about)\s+(?:the|its)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*[?？!.]*\s*$/iu;

/** The thing a question asks of something ("the key" of "what's the key to community governance?"). */
const THING_OF = /\bthe\s+([\p{L}-]+)\s+(?=(?:of|to|for|in|behind)\s+\S)/iu;
/** The thing a question asks what it is ("the research methods" of "what are the research methods (in Introduction)"). */
const THING_ASKED = /^(\s*what\s+(?:is|are|was|were)\s+)the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)(?=\s*(?:[?？(]|$))/iu;

/** "And expansion?": one thing named alone, with or without its article. */
const BARE_NOUN = /^\s*(?:and|what\s+about|how\s+about)\s+(?:the\s+|its\s+)?([\p{L}-]+)\s*[?？!.]*\s*$/iu;
/** "Longest", "most important": a rank. */
const SUPERLATIVE = /^(?:\p{L}{2,}est|(?:most|least)\s+\p{L}+|best|worst)$/iu;
/** The rank a question asks for ("which chapter is the longest?"). */
const RANKED = /\bthe\s+(?:(?:most|least)\s+\p{L}+|best|worst|\p{L}{2,}est)\b/iu;

/** "What does contraction do?": what a thing does, its verb after it. */
const THING_DOES = /^(\s*what\s+(?:does|do|did|can|will)\s+(?:the\s+)?)([\p{L}-]+)(\s+(?:do|does|achieve|bring\s+about|lead\s+to|mean|involve|require|need)\b)/iu;

/**
 * "And the core?" after "what's the key to community governance?": the question before, asked
 * of the new thing ("what's the core to community governance?"), as "and the radius?" after
 * "what is the centre?" asks what the radius is when `together` finds the two named together;
 * undefined when the question before asks no thing, or the new thing is a place in a list
 * ("and the second?").
 */
export function swappedThing(previous: string, current: string, together: (a: string, b: string) => boolean = () => false): string | undefined {
  // "And expansion?" after "what does contraction do?": what the other does, named together with it.
  const bare = BARE_NOUN.exec(current)?.[1];
  const does = bare && askedOrdinal(current) === undefined ? THING_DOES.exec(previous) : null;
  if (bare && does && together(does[2] ?? '', bare)) return previous.replace(THING_DOES, `$1${bare}$3`);
  const thing = BARE_THING.exec(current)?.[1];
  if (!thing || askedOrdinal(current) !== undefined || OTHERS.test(current)) return undefined;
  // "And the shortest?" after "which chapter is the longest?": the other end of the same rank.
  if (SUPERLATIVE.test(thing) && RANKED.test(previous)) return previous.replace(RANKED, `the ${thing}`);
  if (THING_OF.test(previous)) return previous.replace(THING_OF, `the ${thing} `);
  // "And the innovations?" after "what are the research methods (in Introduction)": the same
  // asked of them, when the thesis names the two together, as things of a kind
  // ("and the corps?" after "what are the four paths?" is a new topic).
  const asked = THING_ASKED.exec(previous);
  return asked && together(asked[2] ?? '', thing) ? previous.replace(THING_ASKED, `$1the ${thing}`) : undefined;
}
