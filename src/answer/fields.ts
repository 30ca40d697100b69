import type { Retriever } from '../retrieval/search.ts';
import { isStopword, tokenize } from '../retrieval/terms.ts';

/**
 * Fields of public life a reader may ask a thesis about: the economy, schools, the police, rural
 * life, religion, the media, the groups and data they concern, and the sciences that study
 * them.
 * Asked about one the thesis never names ("What does it say about Urumqi's hospitals?"), the
 * question is about something it does not cover, however many of the other words ("Urumqi",
 * "general situation") it has.
 *
 * Left out on purpose: words the thesis's own subjects go by ("military" and "soldiers" for the
 * production corps, "road" for "the only way"), verbs among nouns ("survey", "trade"), words
 * that name the reader or the record ("students", "doctor", "literature", "data"), and words
 * the synonym table reads as the thesis's own ("geometry" as its "mathematical"). "Climate"
 * stays, though a political climate is no weather: the thesis speaks of neither.
 */
const FIELDS = `
  economy economies economic economics macroeconomic macroeconomics microeconomic finance finances financial budget budgets tax taxes
  taxation fiscal inflation gdp income incomes wage wages salary salaries pension pensions retired retirement retirees debt
  debts investment investments investors privatized privatised privatization privatisation
  welfare poverty unemployment employment jobs labour labor workforce
  health healthcare hospital hospitals clinic clinics medical nurses disease diseases pandemic
  covid epidemic vaccine vaccines school schools schooling university universities college
  colleges curriculum textbooks housing rent rents mortgage mortgages landlords tenants
  transport transportation traffic railway railways metro subway bus buses airport airports
  cars vehicles pollution climate weather oil coal electricity water rainwater rain rainfall drought droughts floods
  earthquakes energy minerals deserts rivers agriculture farming farmers sewage sanitation garbage
  infrastructure utilities cost costs costly cheap cheaper cheapest expensive price prices global
  globalization globalisation rural
  crops livestock industry industries industrial manufacturing factory factories mining
  tourism tourist tourists export exports imports commerce retail business businesses company
  companies enterprises market markets
  technology technologies internet online digital app apps software blockchain ai computers
  smartphones media newspapers television tv journalists
  police policing court courts judiciary judges judicial lawyers lawsuits prison prisons crime
  crimes criminals law laws legal legislation constitution weapons war wars defence defense
  religion religions religious mosque mosques church churches temple temples imams clergy islam
  muslims buddhism christianity sport sports football olympics music films cinema museum museums
  poetry musical festival festivals cuisine food language languages dialect dialects mandarin
  women gender children youth elderly pensioners migrant migrants immigrants refugees disabled
  census statistics surveys polls poll questionnaire questionnaires interview interviews datasets
  archives archival
  election elections vote votes voting ballots
  physics chemistry biology psychology sociology anthropology linguistics geography astronomy
  geology ecology engineering`;

const FIELD_WORDS: ReadonlySet<string> = new Set(FIELDS.trim().split(/\s+/u));

/**
 * Fields and methods named by words that are each the thesis's own ("focus" of mass work, the
 * "theory" it builds, "social" stability): only the phrase names the field.
 */
const FIELD_PHRASES = /\b(?:focus\s+groups?|game\s+theory|civil\s+society|social\s+media|human\s+rights|rule\s+of\s+law|market\s+economy|public\s+health|comparative\s+politics|international\s+relations|political\s+economy|political\s+science|social\s+sciences?|public\s+administration|area\s+studies)\b/giu;

/** "Schools of thought" are ways of thinking, not schools; "online" of a posting is its record. */
const NOT_THE_FIELD = /\bschools?\s+of\s+thought\b|\b(?:high|middle|primary|secondary|grad(?:uate)?|law)[\s-]*school\s+(?:students?|kids?|pupils?|graduates?|teachers?)\b|\b(?:posted|put|went|go(?:es)?|gone|going|appear(?:s|ed)?|published|up)\s+online\b/giu;

/** Writings, which a describing word before them makes a field's ("religious texts", "legal documents"). */
const WRITINGS = /^(?:texts|documents|papers|books|works|writings|sources)$/iu;

/** Fields named by a word that goes before the thing: "economic development", "legal framework". */
const DESCRIBING: ReadonlySet<string> = new Set(['economic', 'macroeconomic', 'microeconomic', 'financial', 'fiscal', 'medical', 'religious', 'digital', 'judicial', 'industrial', 'legal', 'online', 'migrant', 'global', 'rural', 'musical']);

/**
 * The first field of public life a question names that the thesis never does, as typed ("legal
 * framework" for a describing word, which alone names none), or undefined when it names none,
 * or only fields the thesis has words for. Of alternatives ("national unity or economic
 * development?") each must name one, since the others may be what the thesis says.
 */
export function unwrittenField(question: string, retriever: Pick<Retriever, 'unseenShare' | 'vocabulary'>): string | undefined {
  const phrase = [...question.matchAll(FIELD_PHRASES)].map((m) => m[0]).find((p) => !retriever.vocabulary.hasPhrase(p));
  if (phrase) return phrase.toLowerCase().replace(/\s+/gu, ' ');
  const field = (text: string) => {
    const words = tokenize(text.replace(NOT_THE_FIELD, ' '));
    // Words as written, not stems: "constitutes" is no constitution, "judged" no judges.
    const i = words.findIndex((w) => FIELD_WORDS.has(w.word.toLowerCase()) && retriever.unseenShare([w.stem]) > 0);
    const found = words[i];
    const next = words[i + 1];
    if (!found) return undefined;
    if (!DESCRIBING.has(found.word.toLowerCase())) return found.word;
    // Said of something ("which dangers are economic?"), it is a judgement, which other readings
    // answer better ("it does not list them").
    // "Religious texts": a kind of writing, though "the text" alone is the thesis's.
    return next && (!isStopword(next.word) || WRITINGS.test(next.word)) ? text.slice(found.start, next.end) : undefined;
  };
  const sides = question.split(/\s+or\s+/iu);
  return sides.every((side) => field(side) !== undefined) ? field(question) : undefined;
}
