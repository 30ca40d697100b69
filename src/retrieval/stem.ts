import { stemmer } from 'stemmer';
import { CARDINALS } from '../ingest/ordinals.ts';
import { isEnglishWord } from './english.ts';
import { SYNONYMS, wordMap } from './synonyms.ts';

const HAN = /\p{Script=Han}/u;

/**
 * British spellings in their American form, so either finds the other: "centre" / "center",
 * "labour" / "labor", "organise" / "organize", "analyse" / "analyze". Applied to text and
 * questions alike, so a word it bends wrongly ("premise" → "premize") still matches itself.
 */
function americanSpelling(w: string): string {
  const spelt = w.replace(/^(.{2,})tre(s?)$/u, '$1ter$2').replace(/^(.{3,})our(s|ed|ing|ful|able|ite|ites)?$/u, '$1or$2');
  return (ISE_ROOT.test(spelt) ? spelt : spelt.replace(/^(.{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|able|ability)$/u, '$1iz$2')).replace(/^(.{2,})ys(e|es|ed|ing)$/u, '$1yz$2');
}

/**
 * Words whose "-ise" is their root, not a British "-ize": "supervised" keeps its "s", so it
 * still finds "supervision".
 */
const ISE_ROOT = /^(?:supervis|advis|revis|compris|exercis|premis|promis|enterpris|compromis|televis|surpris|expertis|franchis|merchandis|advertis|chastis|despis|devis|improvis|excis|precis|concis|paradis|otherwis|rais|prais|aris|cruis|bruis|disguis|treatis)/u;

/** Words that name a count: "pair" and "dual" are two, "trio" or "triad" three. */
const COUNT_WORDS = new Map([['pair', '2'], ['dual', '2'], ['twofold', '2'], ['twin', '2'], ['trio', '3'], ['triad', '3'], ['threefold', '3']]);

/**
 * Irregular verb forms and their base, which Porter cannot reach ("built" / "build"), nouns
 * formed irregularly from a verb or adjective ("choice" / "choose", "analysis" / "analyze",
 * "truth" / "true"), and families Porter leaves apart ("harmonise" / "harmony", "relations" /
 * "relationship", "theoretical" / "theory"; the British verb "practise" / "practice"; "Chinese"
 * / "China"; "expand" / "expansion"; "define" / "definition"; "apply" / "applicable", "monarch" / "monarchy", "difficult" / "difficulty"), and the
 * short forms a chat message uses ("yrs", "govt", "ppl"). Forms that are as often another word ("left", "saw",
 * "lay", "ground", "bore") are not here. Plain words for the scholar's are in synonyms.ts.
 */
const IRREGULAR = wordMap(
  `choose:choice,choices analyze:analysis,analyses,analytic,analytical succeed:success fail:failure,failures
  prove:proof believe:belief,beliefs grow:growth true:truth emphasize:emphasis hypothesize:hypothesis
  build:built find:found make:made draw:drew,drawn take:took,taken give:gave,given run:ran bring:brought seek:sought
  lead:led hold:held keep:kept meet:met think:thought teach:taught write:wrote,written choose:chose,chosen know:knew,known
  grow:grew,grown show:shown see:seen begin:began,begun speak:spoke,spoken become:became come:came go:went,gone
  get:got,gotten tell:told understand:understood stand:stood fall:fell,fallen feel:felt lose:lost mean:meant pay:paid
  send:sent spend:spent win:won break:broke,broken bind:bound fight:fought rise:rose,risen drive:drove,driven,driver,drivers
  sink:sank,sunk strike:struck throw:threw,thrown hide:hid,hidden deal:dealt feed:fed flee:fled hear:heard sell:sold
  uphold:upheld withdraw:withdrew,withdrawn undertake:undertook,undertaken overcome:overcame forgo:forwent,forgone
  harmony:harmonise,harmonises,harmonised,harmonising,harmonize,harmonizes,harmonized,harmonizing relationship:relation,relations
  china:chinese japan:japanese vietnam:vietnamese recognize:recognition practice:practise,practises,practised,practising theory:theoretical,theoretically
  expansion:expand,expands,expanded,expanding apply:applicable,applicability define:definition,definitions
  divide:division,divisions describe:description,descriptions solve:solution,solutions base:basis monarch:monarchy,monarchies difficult:difficulty,difficulties
  year:yr,yrs government:govt,gov organization:org,orgs international:intl people:ppl management:mgmt information:info`,
);

const adjectives = new Map<string, string | undefined>();

/**
 * The adjective an "-ly" adverb is made from, when it is one: "strict" (strictly), "easy"
 * (easily), "possible" (possibly), "scientifical" (scientifically); none for "family",
 * "monopoly" or "anomaly".
 */
function adjectiveOf(base: string): string | undefined {
  if (!adjectives.has(base)) {
    const y = base.endsWith('i') ? `${base.slice(0, -1)}y` : undefined;
    const found = [base, y, `${base}le`].find((w) => w !== undefined && isEnglishWord(w)) ?? (/ical$/u.test(base) ? base : undefined);
    adjectives.set(base, found);
  }
  return adjectives.get(base);
}

/**
 * Stems a lower-cased word; possessives are dropped first ("party's" → "parti"). Porter keeps
 * an adverb apart from its adjective ("strictly" → "strictli"), so "-ly" goes first when four
 * or more letters stay and make a word ("strictly", "closely", "easily"; not "early", "apply",
 * "only" or "family"), and an irregular form becomes its base. A plain word for a scholar's
 * ("pick", "peril") takes the scholar's word's stem (synonyms.ts).
 */
export function stem(word: string): string {
  return stemmed(word, true);
}

/**
 * The stem of a word's own forms only ("chose", "choices" → "choos"; "pick" stays "pick"): a
 * look-up finds the word asked for, not its synonyms.
 */
export function formStem(word: string): string {
  return stemmed(word, false);
}

function stemmed(word: string, synonyms: boolean): string {
  const w = word.toLowerCase().replace(/['’]s$/u, '');
  if (HAN.test(w)) return w;
  // "19th" and "19 th" (as text pasted from a PDF has it) are the same number.
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/u.exec(w)?.[1];
  if (ordinal) return ordinal;
  if (!/^[a-z]+$/.test(w)) return w;
  // "Four dangers" and "4 dangers" are the same.
  const cardinal = CARDINALS.indexOf(w);
  if (cardinal > 0) return String(cardinal);
  // "A pair of functions", "its dual role", "a trio of styles" count too.
  const counted = COUNT_WORDS.get(w);
  if (counted) return counted;
  // "Two decades" is a span of years ("20 years"), whichever unit the text counts in.
  if (/^decades?$/u.test(w)) return 'year';
  // An irregular form takes its base's synonym too: "sent" is "send", which the thesis says as "drive".
  const base = (x: string) => {
    const regular = IRREGULAR.get(x);
    return (synonyms ? SYNONYMS.get(regular ?? x) : undefined) ?? regular;
  };
  const adverb = /^([a-z]{4,})ly$/u.exec(w)?.[1];
  // "Western" is of the West, "southern" of the south.
  const compass = /^(east|west|north|south)ern(?:er)?s?$/u.exec(w)?.[1];
  // An adverb's adjective takes its family too ("easily", "easy", "difficult").
  const adjective = adverb ? adjectiveOf(adverb) : undefined;
  const root = base(w) ?? compass ?? (adjective ? (base(adjective) ?? adjective) : undefined) ?? w;
  return KEPT_APART.get(root) ?? derivedAlike(stemmer(withoutAl(americanSpelling(root))));
}

/** Words Porter would stem as another ("authority" as "author", "positive" as "position"), given stems of their own. */
const KEPT_APART = new Map([
  ['authority', 'authoriti'],
  ['authorities', 'authoriti'],
  ['positive', 'positiv'],
  // "Mobile phones" mobilize no one; an "interesting" question holds no interests; "in what
  // respects" is not "respectively"; an experiment is no experience, nor an effect an
  // "effective" system.
  ['mobile', 'mobile'],
  ['interesting', 'interesting'],
  ['interested', 'interested'],
  ['respective', 'respectiv'],
  ['experiment', 'experiment'],
  ['experiments', 'experiment'],
  ['experimental', 'experiment'],
  ['effect', 'effects'],
  ['effects', 'effects'],
]);

/**
 * "Organizational" is of the organization, "foundational" of the foundation: Porter stems the
 * adjective apart ("organiz" against "organ"), so "-ational" loses its "-al" first when four
 * letters or more come before "ation" ("national", "rational" stay).
 */
function withoutAl(w: string): string {
  return w.replace(/^(.{4,}ation)al$/u, '$1');
}

/**
 * Porter leaves some word families apart that a reader takes as one: "democracy" /
 * "democratic", "stability" / "stable", "division" / "divide", "deployed" / "deployment". Their stems are brought
 * together here, for text and questions alike. ("Unity" / "unite" would meet "unit", so they
 * stay apart; "expand" is joined to "expansion" by name above, since "-ion" rules bend others.)
 */
function derivedAlike(stemmed: string): string {
  return stemmed
    .replace(/aci$/u, 'at')
    .replace(/bil$/u, 'bl')
    .replace(/^(\p{L}{3,})is$/u, '$1id')
    // "Deployed" is "deploi" and "deployment" "deploy": a final y is an i, wherever it is left.
    .replace(/y$/u, 'i');
}
