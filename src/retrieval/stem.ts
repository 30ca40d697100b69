import { stemmer } from 'stemmer';
import { CARDINALS } from '../ingest/ordinals.ts';
import { isEnglishWord } from './english.ts';

const HAN = /\p{Script=Han}/u;

/**
 * British spellings in their American form, so either finds the other: "centre" / "center",
 * "labour" / "labor", "organise" / "organize", "analyse" / "analyze". Applied to text and
 * questions alike, so a word it bends wrongly ("premise" → "premize") still matches itself.
 */
function americanSpelling(w: string): string {
  const spelt = w.replace(/^(.{2,})tre(s?)$/u, '$1ter$2').replace(/^(.{3,})our(s|ed|ing|ful|able|ite|ites)?$/u, '$1or$2');
  return (ISE_ROOT.test(spelt) ? spelt : spelt.replace(/^(.{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/u, '$1iz$2')).replace(/^(.{2,})ys(e|es|ed|ing)$/u, '$1yz$2');
}

/**
 * Words whose "-ise" is their root, not a British "-ize": "supervised" keeps its "s", so it
 * still finds "supervision".
 */
const ISE_ROOT = /^(?:supervis|advis|revis|compris|exercis|premis|promis|enterpris|compromis|televis|surpris|expertis|franchis|merchandis|advertis|chastis|despis|devis|improvis|excis|precis|concis|paradis|otherwis|rais|prais|aris|cruis|bruis|disguis|treatis)/u;

/** Words that name a count: "pair" and "dual" are two, "trio" three. */
const COUNT_WORDS = new Map([['pair', '2'], ['dual', '2'], ['twofold', '2'], ['trio', '3'], ['threefold', '3']]);

/**
 * Irregular verb forms and their base, which Porter cannot reach ("built" / "build"), nouns
 * formed irregularly from a verb or adjective ("choice" / "choose", "analysis" / "analyze",
 * "truth" / "true"), families Porter leaves apart ("harmonise" / "harmony", "relations" /
 * "relationship", "theoretical" / "theory"; the British verb "practise" / "practice"; "Chinese"
 * / "China"), and plain words questions say for a scholar's: "pick" for "choose", "harder" for
 * "more difficult", "shrink" for "contraction", "expand", "widen" or "enlarge" for "expansion"
 * ("grow" is as often "develop"); and a few near-exact synonyms of plain English ("household" /
 * "family", "peril" / "danger", "crucial" / "key", "nucleus" / "core", "precondition" /
 * "premise", "fixed" / "static", "neighbourhood" / "community", "phase" / "stage", "threat" /
 * "danger", "try" / "attempt", "deliberative" / "consultative" (democracy), "link" / "connect",
 * "biggest" or "greatest" / "largest", "shared" / "common", "discover" / "find", "campaign" /
 * "activity", "maths" or "geometry" / "mathematics", "upgrade" / "improve", "near" / "close",
 * "methodology" / "method", "lens" / "framework" (the analytical kind), "merge" / "integrate",
 * "constraint" / "restrict", "outreach" / "activity" (a campaign of visits),
 * "authorities" / "government" (Porter would make them the "author"),
 * "strength" / "power" (a people's strength is the power it gathers), "easier" / "difficult"
 * (what is easier than what is told by what is more difficult),
 * "conflict" or "tension" / "contradiction" (as Chinese political writing in English names
 * them), "officials" / "cadres", "overseas" / "abroad", and
 * "the literature" / "research status", as Chinese scholarship in English names the survey of
 * earlier work). "Foreign" stays apart: foreign scholars and governments are not research
 * abroad. Forms that are as often another word ("left", "saw", "lay", "ground", "bore") are not here.
 */
const IRREGULAR = new Map(
  `choose:choice,choices,pick,picks,picked,picking analyze:analysis,analyses,analytic,analytical succeed:success fail:failure,failures
  prove:proof believe:belief,beliefs grow:growth power:strength,strengths true:truth emphasize:emphasis hypothesize:hypothesis
  build:built find:found make:made draw:drew,drawn take:took,taken give:gave,given run:ran bring:brought seek:sought
  lead:led hold:held keep:kept meet:met think:thought teach:taught write:wrote,written choose:chose,chosen know:knew,known
  grow:grew,grown show:shown see:seen begin:began,begun speak:spoke,spoken become:became come:came go:went,gone
  get:got,gotten tell:told understand:understood stand:stood fall:fell,fallen feel:felt lose:lost mean:meant pay:paid
  send:sent spend:spent win:won break:broke,broken bind:bound fight:fought rise:rose,risen drive:drove,driven,driver,drivers
  sink:sank,sunk strike:struck throw:threw,thrown hide:hid,hidden deal:dealt feed:fed flee:fled hear:heard sell:sold
  uphold:upheld withdraw:withdrew,withdrawn undertake:undertook,undertaken overcome:overcame forgo:forwent,forgone
  harmony:harmonise,harmonises,harmonised,harmonising,harmonize,harmonizes,harmonized,harmonizing relationship:relation,relations
  family:household,households danger:peril,perils key:crucial core:nucleus,nuclei static:fixed,unchanging community:neighbourhood,neighbourhoods,neighborhood,neighborhoods stage:phase,phases danger:threat,threats premise:precondition,preconditions,prerequisite,prerequisites
  stable:steady,steadiness,steadier flexible:adaptable,adaptability activity:campaign,campaigns largest:biggest,greatest larger:bigger,greater common:shared find:discover,discovers,discovered,discovering consultative:deliberative consultation:deliberation,deliberations attempt:try,tries,tried,trying connect:link,links,linked,linking cadre:official,officials abroad:overseas status:literature,literatures mathematics:math,maths,geometry,geometric,geometrical improve:upgrade,upgrades,upgraded,upgrading method:methodology,methodologies,methodological framework:lens,lenses activity:outreach restrict:constraint,constraints,constrain,constrains,constrained,constraining government:authority,authorities integration:merge,merges,merged,merging,merger contradiction:conflict,conflicts,tension,tensions close:near,nearer china:chinese japan:japanese vietnam:vietnamese difficult:hard,harder,hardest,tough,tougher,toughest,easy,easier,easiest recognize:recognition practice:practise,practises,practised,practising theory:theoretical,theoretically
  contraction:shrink,shrinks,shrinking,shrank,shrunk,shrinkage expansion:expand,expands,expanded,expanding,widen,widens,widened,widening,enlarge,enlarges,enlarged,enlarging,enlargement,broaden,broadens,broadened,broadening`
    .split(/\s+/)
    .flatMap((entry) => {
      const [base = '', forms = ''] = entry.split(':');
      return forms.split(',').map((form): [string, string] => [form, base]);
    }),
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
 * "only" or "family"), and
 * an irregular verb form becomes its base.
 */
export function stem(word: string): string {
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
  const adverb = /^([a-z]{4,})ly$/u.exec(w)?.[1];
  // "Western" is of the West, "southern" of the south.
  const compass = /^(east|west|north|south)ern(?:er)?s?$/u.exec(w)?.[1];
  // An adverb's adjective takes its family too ("easily", "easy", "difficult").
  const adjective = adverb ? adjectiveOf(adverb) : undefined;
  return derivedAlike(stemmer(withoutAl(americanSpelling(IRREGULAR.get(w) ?? compass ?? (adjective ? (IRREGULAR.get(adjective) ?? adjective) : undefined) ?? w))));
}

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
 * "democratic", "stability" / "stable", "division" / "divide". Their stems are brought
 * together here, for text and questions alike. ("Unity" / "unite" would meet "unit", so they
 * stay apart; "expand" is joined to "expansion" by name above, since "-ion" rules bend others.)
 */
function derivedAlike(stemmed: string): string {
  return stemmed
    .replace(/aci$/u, 'at')
    .replace(/bil$/u, 'bl')
    .replace(/^(\p{L}{3,})is$/u, '$1id');
}
