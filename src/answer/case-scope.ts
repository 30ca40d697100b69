import type { Retriever } from '../retrieval/search.ts';
import { stem, tokenize } from '../retrieval/terms.ts';

/**
 * "Other cities", "another province", "other Chinese cities", "other parts of China": places
 * beside the one the thesis studies. "Unlike other cities", "different from other cities" and
 * "typical of other cities" ask how the studied city stands among them, which the thesis may
 * say without naming any other ("it follows the general rule").
 */
const OTHER_PLACE =
  /(?<!\b(?:unlike|(?:different|differs?|differed|differing|apart|distinct|distinguished)\s+from|than|(?:representative|typical)(?:\s+[\p{L}'’]+){0,3}\s+of)\s+(?:(?:most|many|the)\s+)?)\b(?:other|another)\s+(?:([\p{L}-]+)\s+)?(cities|city|places?|regions?|provinces?|areas?|countries|country|towns?|municipalities|parts?\s+of\s+(?:china|the\s+country|xinjiang))\b/iu;

/** Whether the thesis writes "other" or "another" just before the place word (or one word before it). */
function writesOther(place: string, retriever: Retriever): boolean {
  const head = stem(place.split(/\s+/u)[0] ?? place);
  return retriever.passages.some((p) => {
    const tokens = tokenize(p.text);
    return tokens.some((t, i) => /^(?:other|another)$/iu.test(t.word) && tokens.slice(i + 1, i + 3).some((n) => n.stem === head));
  });
}

/** The kinds of place a question may set one aside from. */
const PLACE_KIND = String.raw`(?<kind>cities|city|places?|regions?|provinces?|areas?|countries|country|towns?)`;
const SET_ASIDE = String.raw`(?:other\s+than|besides|beside|apart\s+from|aside\s+from|except(?:\s+for)?)`;

/** "Other than Urumqi, which city…", "besides Xinjiang, what regions…": another place, asked by setting one aside. */
const BESIDES_PLACE = new RegExp(String.raw`\b${SET_ASIDE}\s+(?<name>[\p{L}-]+)[\s,]+(?:(?:which|what)\s+(?:other\s+)?|(?:any|an)\s+other\s+)${PLACE_KIND}\b`, 'iu');
/** "Which provinces besides Xinjiang…": the kind asked first, the place set aside after it. */
const KIND_BESIDES = new RegExp(String.raw`\b(?:which|what)\s+(?:other\s+)?${PLACE_KIND}\s+${SET_ASIDE}\s+(?<name>[\p{L}-]+)`, 'iu');

/** Whether one sentence of the thesis names the place with the word for its kind ("the capital city … Urumqi"). */
function namedAs(name: string, kind: string, retriever: Retriever): boolean {
  const [n, k] = [stem(name), stem(kind)];
  return retriever.passages.some((p) => p.stems.has(n) && p.stems.has(k));
}

/**
 * "Is Urumqi's approach copied by other cities?", "what does it recommend for other
 * provinces?", "other than Urumqi, which city…?": places other than the one studied, as typed,
 * when the thesis never writes of other places so. Whatever is asked of them, it cannot say.
 * A place set aside is one of the kind asked only when the thesis calls it so: besides the
 * city of Urumqi it may name a region.
 */
export function otherPlace(question: string, retriever: Retriever): string | undefined {
  const { name, kind } = (KIND_BESIDES.exec(question) ?? BESIDES_PLACE.exec(question))?.groups ?? {};
  if (name && kind && namedAs(name, kind, retriever) && !writesOther(kind, retriever)) return `other ${kind.toLowerCase().replace(/y$/u, 'ie').replace(/(?<!s)$/u, 's')}`;
  const m = OTHER_PLACE.exec(question);
  const place = m?.[2];
  if (!m || !place || writesOther(place, retriever)) return undefined;
  return m[0].replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

/**
 * "How were the communities selected for study?", "why were these cases chosen for the
 * research?": how the study picked what it looks at. The abstract reports what was found, not
 * how its cases were sampled. One thing chosen ("why was this framework picked for the study?",
 * "why was Urumqi chosen?") is the thesis's own choice, which it may explain.
 */
const SELECTED_FOR_STUDY =
  /\b(?:how|why|on\s+what\s+basis|by\s+what\s+criteria)\s+(?:were|are)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:selected|chosen|picked|sampled|recruited)\s+(?:for|in|into)\s+(?:the\s+|this\s+|its\s+)?(?:study|research|fieldwork|analysis|thesis|dissertation|survey|sample|interviews?|case\s+stud(?:y|ies))\b|\b(?:how|why|on\s+what\s+basis|by\s+what\s+criteria)\s+(?:were|are|was|is)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:sampled|recruited)\b/iu;

/** What a refusal names when a question asks how the study chose its cases, or undefined. */
export function caseSelection(question: string): string | undefined {
  return SELECTED_FOR_STUDY.test(question) ? 'how its cases were chosen' : undefined;
}

/**
 * "Did the author visit villages?", "has she been to Urumqi?", "where did the writer stay?":
 * what the author did in person. The thesis's visits and journeys are the party's ("visiting
 * the people", members who "entered … villages"); of its author's own it says nothing.
 * "They" is left out: it is as often the party members the thesis writes of.
 */
const AUTHORS_DEED =
  /^\s*(?:(?:so|and|but|ok(?:ay)?)[\s,]+)?(?:(?:where|when|whom?|how\s+(?:long|often))\s+)?(?:did|does|has|had|have|was|is)\s+(?:the\s+)?(?:author|writer|candidate|researcher|she|he)\s+(?:(?:ever|also|actually|personally|really|herself|himself|once|first)\s+)*(?:visit(?:ed|ing)?|(?:go|gone|going)(?!\s+(?:into|over|through|beyond|back|on|further|deeper|wrong|too|far)\b)|travel(?:l?ed|l?ing)?|live[ds]?|living|stay(?:ed|ing)?|work(?:ed|ing)?\s+(?:in|at|for)|meet|met|talk(?:ed)?\s+(?:to|with)|(?:speak|spoken)\s+(?:to|with)|participat(?:e|ed)\s+in|take\s+part|taken\s+part|been\s+(?:to|in|at)|there|in\s+(?:urumqi|xinjiang))\b/iu;

/** What a refusal names when a question asks what the author did in person, or undefined. */
export function authorsDeed(question: string): string | undefined {
  return AUTHORS_DEED.test(question) ? 'where its author went or whom the author met' : undefined;
}
