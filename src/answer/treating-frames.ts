import { NUMBER_WORD } from '../ingest/ordinals.ts';

/** Each treating verb by its stem, with the endings (and particle) it takes. */
const TREATING: Readonly<Record<string, string>> = {
  acknowledg: '(?:e|es|ed|ing)',
  address: '(?:es|ed|ing)?',
  tackl: '(?:e|es|ed|ing)',
  admit: '(?:s|ted|ting)?',
  conced: '(?:e|es|ed|ing)',
  grappl: String.raw`(?:e|es|ed|ing)\s+with`,
  engag: String.raw`(?:e|es|ed|ing)\s+with`,
  touch: String.raw`(?:es|ed|ing)?\s+(?:on|upon)`,
  // "Does chapter 6 come back to consultation?", "return to", "revisit": whether it speaks of it again.
  [String.raw`(?:come|comes|came|coming)\s+back\s+to`]: '',
  return: String.raw`(?:s|ed|ing)?\s+to`,
  revisit: '(?:s|ed|ing)?',
  // "Does it compare China with the West?": whether it sets them side by side, in its own words
  // ("different from"). Not "contrast": "mentioned as a contrast" asks a use (asking-frames.ts);
  // nor "how does the thesis compare with other studies?", the work itself compared.
  compar: String.raw`(?:e|es|ed|ing)(?!\s+(?:with|to|against)\b)`,
  // "Does it say anything about the corps?", "have anything to say on…": whether it speaks of it.
  [String.raw`(?:say|says|said|have|has|had)\s+anything\s+(?:to\s+say\s+)?(?:about|on|regarding)`]: '',
};
/** "Acknowledge", "address", "tackle", "grapple with"…: verbs of a work treating a thing, as a pattern. */
export const TREATING_VERB = `(?:${Object.entries(TREATING).map(([root, ends]) => root + ends).join('|')})`;
/** The first word of one of those verbs, as a claim's act is read (judged.ts). */
export const TREATING_WORD = new RegExp(`^(?:${Object.keys(TREATING).join('|')})`, 'iu');
/** A chapter, numbered or not, as the one treating a thing: "chapter 3", "the third chapter" (not "chapter presents"). */
const CHAPTER = String.raw`chapter(?:\s+(?:${NUMBER_WORD}))?`;
/**
 * "Does the thesis acknowledge…", "does the author address…", "is X tackled?": whether and
 * what it says of a thing (lead.ts reads these with "mention"); only after the work or its
 * author, so the thesis's own "address the problem" sense of solving stays a topic elsewhere.
 * "Which matters are addressed in chapter 3?" is the passive of the same, not "which are solved"
 * ("which problems are addressed by targeted governance?" still asks what it solves).
 * A section named ("does chapter 3 address…", "which literatures does the introduction survey?")
 * is out of the question by now, leaving "does address…" or "does the survey?".
 * A work "surveys" the literature; an author who "surveyed" residents did research it may not report.
 */
export const TREATING_FRAME = new RegExp(
  String.raw`(?<=\b(?:thesis|dissertation|paper|study|author|abstract|text|it|${CHAPTER}|introduction|overview|conclusion)\s+(?:ever\s+|really\s+|actually\s+|explicitly\s+|even\s+)?)${TREATING_VERB}\b|(?<=\b(?:thesis|dissertation|paper|study|introduction|${CHAPTER})\s+)survey(?:s|ed)?\b|(?<=^\s*(?:is|are|was|were)\s+.+?\s+)${TREATING_VERB}\b|(?<=\b(?:is|are|was|were|been|being|get|gets|got)\s+(?:also\s+|ever\s+|really\s+|explicitly\s+)?)${TREATING_VERB}(?=\s+(?:in|within|throughout|anywhere)\b|\s+by\s+(?:the\s+)?(?:thesis|dissertation|paper|study|author|abstract|text|it)\b|\s*[?.!]*\s*$)|(?<=^\s*(?:does|do|did)\s+(?:the\s+)?)${TREATING_VERB}\b|(?<=\b(?:does|do|did)\s+(?:the\s+)?)(?:${TREATING_VERB}|survey(?:s|ed)?)(?=\s*[?.!]*\s*$)`,
  'giu',
);
