import { findSectionRefs } from '../retrieval/section-ref.ts';
import { mendAsking } from '../retrieval/typos.ts';
import type { Section, SectionId } from '../types.ts';
import { resolveFollowUp } from './follow-up.ts';
import { outsideSection, steppedPlace } from './follow-up-places.ts';
import { BARE_WHY, FOLLOWS_FROM, asCorrection, asMore, asksForMore, leanedOn, ownWords } from './follow-up-forms.ts';
import { expectationOf } from './answer-type.ts';
import { asksForOthers } from './exclusion.ts';
import { asksWhichSection } from './lead.ts';
import { asksWhoSaidThat } from './speaker.ts';
import { withoutPreamble } from './preamble.ts';
import { isChatter } from './chatter.ts';
import { askedInPartOfItem, askedOfAskedItem, askedOfItem, askedOfLead, askedOfPlace, askedOfQuote, itemAskedOf } from './quote-source.ts';
import { chosenItem, chosenSpan } from './chosen-item.ts';
import { isWholeSentence } from './quoted-span.ts';
import { nameBoth, nameSections, placeOfThem, whichOfThem } from './section-pointers.ts';
import type { Answer, Citation } from './types.ts';
import { readable } from './cite.ts';

/** What a conversation (a Discord thread, a terminal session) has been told: its last question and every sentence cited in it. */
export interface Turn {
  readonly question: string;
  readonly cited: readonly number[];
  /** The section the last question named, or else the one its answer cited first: "that chapter". */
  readonly section?: SectionId | undefined;
  /** The section the conversation was on before that one, if another: "compare them". */
  readonly earlier?: SectionId | undefined;
  /** True when the last question named `section` itself: then "what's its title?" is that section's. */
  readonly named?: boolean | undefined;
  /** Where the last answer's first quote stands: "which chapter covers that?" asks of it. */
  readonly lead?: { readonly start: number; readonly end: number } | undefined;
  /** Where each of the last answer's quotes from the text stands, in order: "more about the second one". */
  readonly quotes?: ReadonlyArray<{ readonly start: number; readonly end: number }> | undefined;
  /** Where the last answer's citations start, even when the turn is carried: "the rest?" sets aside these. */
  readonly given?: readonly number[] | undefined;
  /** The quote the last message asked more about ("tell me more about the third"): "who does that?" asks of it. */
  readonly item?: { readonly start: number; readonly end: number } | undefined;
}

/** A message read in the light of the conversation: the question to ask, the sentences not to repeat and those shown last. */
export interface FollowUp {
  readonly question: string;
  /** The section the question names, if it names one: what "that chapter" will mean next. */
  readonly named?: SectionId | undefined;
  readonly exclude: ReadonlySet<number> | undefined;
  readonly seen: ReadonlySet<number> | undefined;
  /** True when the question leans on the one before: it was pieced together with it. */
  readonly leans?: true;
  /** The section the conversation was on before this message. */
  readonly before?: SectionId | undefined;
  /** The turn before, kept when this message asked about one of its quotes: "and the first?" still means its first. */
  readonly carried?: Turn | undefined;
  /** Where the quote stands that this message asked more about ("tell me more about the second one"). */
  readonly about?: { readonly start: number; readonly end: number } | undefined;
  /** Where the last answer's first quote stands, for a pronoun its question does not resolve. */
  readonly lead?: { readonly start: number; readonly end: number } | undefined;
  /** Where the claim stands that a bare "why?" asks about (the last answer's lead). */
  readonly reasonsFor?: { readonly start: number; readonly end: number } | undefined;
}

/** Reads what was typed after `before`: a short follow-up borrows its topic, "what else…" skips what was said. */
export function readFollowUp(before: Turn | undefined, said: string, sections: readonly Section[]): FollowUp {
  // "Which chapter talks abt that?": chat shorthand is read as the words it stands for.
  const typed = mendAsking(before ? asMore(said) : said);
  const cited = before ? new Set(before.cited) : undefined;
  const section = before?.section;
  // What the asker says of themselves first ("I'm presenting chapter 4,") is not carried on.
  // "No I meant chapter 4" asks the question before of chapter 4; "what about 5?" of chapter 5.
  const chapterNamed = before?.named === true && before.section !== undefined && before.section.startsWith('chapter-');
  // "What's in the third?" after "what are the chapters?" asks of the third chapter.
  // "Is that in any other chapter?" of chapter 4 asks of every part but chapter 4.
  const unplaced = withoutPreamble(typed, sections);
  const plain = outsideSection(unplaced, section, sections) ?? unplaced;
  const asked = before ? (placeOfThem(plain, before.question) ?? asCorrection(plain, chapterNamed)) : plain;
  const both = nameBoth(asked, before, sections);
  const ofItem = askedOfItem(asked, before, sections);
  const ofQuote = askedOfQuote(asked, before, sections) ?? askedOfPlace(asked, before, sections) ?? askedInPartOfItem(asked, before, sections) ?? ofItem;
  // "Who does that?" of the item just asked about: its own sentence may answer.
  const ofAskedItem = ofQuote ? undefined : askedOfAskedItem(asked, before, sections);
  // "Which chapter is that from?" of the lead quote: the turn before stays the one to follow up.
  const ofLead = ofQuote || ofAskedItem ? undefined : askedOfLead(asked, before, sections);
  const ofAsked = ofAskedItem ?? ofLead;
  // "Which one involves consultation?" of a list just given: that item, by its place.
  // ("Which one is about consultation?" after "how many chapters?" asks which chapter.)
  const chosen = ofQuote || ofAsked || whichOfThem(asked, before?.question ?? '') ? undefined : chosenItem(asked, before, sections);
  const question = both !== asked ? both : ofQuote ?? ofAsked ?? chosen ?? resolveFollowUp(before?.question, section && !steppedPlace(before?.question ?? '', asked) ? nameSections(asked, section, sections, before?.named === true) : asked, sections);
  const [named] = findSectionRefs(question, sections).ids;
  const leans = before !== undefined && question !== asked;
  // "Any other chapter?" read as "outside chapter 4" asks where, not for more.
  const exclude = setAside(plain === unplaced ? typed : plain, typed, before, cited, ofQuote !== undefined);
  const about = ofItem ? itemAskedOf(asked, before) : chosen ? chosenSpan(asked, before, sections) : undefined;
  // "Why?" of the claim that led the last answer: its argument follows it in the text; so does
  // what explains an item asked more about that is a sentence of its own ("Second, the key…"),
  // not one part of a sentence listing several (the four paths, each a chapter's subject).
  // "Why?" and "what follows from that?" both read on from the claim just quoted.
  const reasonsFor = (BARE_WHY.test(typed) || FOLLOWS_FROM.test(typed)) && !ofQuote && !ofAsked ? before?.lead : ofItem && about && isWholeSentence(about, sections) ? about : undefined;
  // "Thanks!" leaves the thread where it was: "what about the secretaries?" still asks of chapter 5.
  const keeps = ofItem || chosen || ofLead || (before !== undefined && isChatter(asked));
  return { question, named, exclude, seen: cited, before: section, ...(leans ? { leans, lead: before?.lead } : {}), ...(keeps ? { carried: before } : {}), ...(about ? { about } : {}), ...(reasonsFor ? { reasonsFor } : {}) };
}

/**
 * What a follow-up sets aside: "what else?" all that was cited, "the others?" after one item
 * what the last answer gave (not all the thread has seen), and a quote asked about, which is
 * not its own answer.
 */
function setAside(wanted: string, typed: string, before: Turn | undefined, cited: ReadonlySet<number> | undefined, ofQuote: boolean): ReadonlySet<number> | undefined {
  const more = asksForOthers(wanted) && before?.given ? new Set(before.given) : cited;
  if (asksForMore(wanted) && !asksWhoSaidThat(typed)) return more;
  return ofQuote && before?.lead ? new Set([before.lead.start]) : undefined;
}

/** The conversation after `answer`: the question it answered and everything cited so far. */
export function turnAfter(followUp: FollowUp, answer: Answer): Turn {
  const first = answer.citations[0]?.section;
  const section = followUp.named ?? (first === 'metadata' ? undefined : first);
  const earlier = followUp.before !== section ? followUp.before : undefined;
  const given = answer.citations.map((c) => c.start);
  const cited = [...new Set([...(followUp.seen ?? []), ...given])];
  const quoted = answer.citations.filter((c) => c.section !== 'metadata');
  const lead = first === 'metadata' || !quoted[0] ? undefined : { start: quoted[0].start, end: quoted[0].end };
  // The list stays for "and the first?"; "which chapter covers it?" asks of the item asked about.
  if (followUp.carried) return { ...followUp.carried, cited, given, ...(followUp.about ? { lead: followUp.about, item: followUp.about } : { item: undefined }) };
  const quotes = inShownOrder(quoted, answer.answer).map((c) => ({ start: c.start, end: c.end }));
  // "Which chapter is that?" answered "Chapter 4": that chapter is named now, so "what's its
  // title?" asks for its heading.
  const pointed = section !== undefined && section !== 'overview' && asksWhichSection(followUp.question);
  // A follow-up refused for want of a figure, date or person ("when was it founded (…the
  // corps?)") leaves the thread on the question it leaned on, so the next ("what does it do?")
  // is read with that, not with both; one refused on its topic ("what about innovations?") stays.
  const wanting = answer.abstained && followUp.leans && expectationOf(ownWords(followUp.question)) !== undefined;
  const question = wanting ? (leanedOn(followUp.question) ?? followUp.question) : followUp.question;
  return { question, cited, given, section, earlier, lead, quotes, ...(followUp.named || pointed ? { named: true } : {}) };
}

/**
 * Quotes in the order the answer shows them, which "the second one" counts in: a list's items
 * stand in the text's order though its citations go by relevance.
 */
function inShownOrder(quoted: readonly Citation[], text: string): Citation[] {
  const shown = text.toLowerCase();
  const at = (c: Citation) => {
    const i = shown.indexOf(readable(c.quote).toLowerCase().slice(1, 40));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...quoted].sort((a, b) => at(a) - at(b));
}
