import { withPhrasalVerbs } from '../retrieval/phrasal.ts';
import { formStem } from '../retrieval/stem.ts';
import { contentStems, searchTokens, stem } from '../retrieval/terms.ts';

const GENERIC_WORDS =
  'about answer answers worth preliminary preliminaries metaphor metaphors exist exists existed existing concern concerns concerning digest digests version versions speak speaks spoke spoken speaking context contexts verdict verdicts assessment assessments read reveal reveals revealed revealing remember remembered memorise memorize say argue argument word words term terms phrase use claim central statement question research results contribution contributions show want cover main idea point topic content contents include includes included including summary summarize summarise introduce talk deal present describe explain examine study propose conclude conclusion conclusions contain consist consists consisted comprise comprises comprised job theme themes assert asserts asserted asserting example examples instance instances illustration illustrations role play overview tldr tl dr recap synopsis nutshell rundown lowdown approach approaches overall overarching brief briefly think believe reckon reckons reckoned opinion purpose aim goal gist happen happens go goes general case quote quoted cite cited refer remind recall elaborate walk look looks looked looking stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized highlight highlights highlighted underline underlines underlined remark remarks remarked know wonder curious confused understand learn sentence couple short simple simply plain layman justify justification rationale subject evidence list outline identify enumerate constitute constitutes manner conceptualise conceptualize conceptualised conceptualized characterise characterize reference referenced attribute attributed set matter title titled objective objectives intention intent message messages takeaway takeaways convey conveys conveyed express expresses theorise theorises theorised theorize theorizes theorized assign assigns assigned ascribe ascribes ascribed offer offers offered outcome outcomes empirical empirically boil condense distil distill document documents documented treat treats treated account accounts portrayal portrayals depiction depictions provide provides provided scope form forms formed forming piece writeup write writes wrote written foresee foresees foresaw foreseen sketch sketches sketched adopt adopts adopted adopting employ employs employed motivate motivates motivated predict predicts predicted prediction view views viewed face faces faced facing specify specifies specified enumerates enumerated itemize itemise confront confronts confronted confronting allow allows allowed enable enables enabled permit permits permitted relate relates related relating clarify clarifies clarified clarifying clarification unpack add adds added adding single miss missed overlook overlooked skip skips skipped skipping omit omits omitted omitting neglect neglects neglected neglecting upshot essentials forget forgets forgot forgotten notes conduct conducts conducted conducting ground grounds put puts putting payoff payoffs suppose supposing imagine sum sums summed maintain maintains maintained maintaining keep keeps kept keeping';

/**
 * Words that ask what a section or the whole work is about without naming a topic ("What does
 * chapter 3 discuss?", "What is the main argument?", "What are the findings?", "Does it use
 * the word…").
 */
export const GENERIC = new Set(GENERIC_WORDS.split(' ').map(stem));

/** The asking words as typed, without their synonyms ("fields" is the scholar's "subject", but not a way of asking). */
const GENERIC_FORMS = new Set(GENERIC_WORDS.split(' ').map(formStem));

/** Whether a word, as typed, is one of the asking words ("grounds" is; "grounded", a word of its own, is not). */
export const isAskingWord = (word: string): boolean => GENERIC_SPELLINGS.has(word.toLowerCase());
const GENERIC_SPELLINGS = new Set(GENERIC_WORDS.split(' '));

/**
 * Which stems of `text` frame it: those of asking words typed as such, or as a phrasal verb
 * ("make up" for "constitute"). A plain word that shares an asking word's stem as its synonym
 * ("which other fields…" for "subject") names a topic.
 */
export function framingStems(text: string): ReadonlySet<string> {
  const tokens = withPhrasalVerbs(searchTokens(text));
  const naming = (i: number) => QUALIFIER.test(tokens[i]?.word ?? '') && BODY.test(tokens[i + 1]?.word ?? '');
  return new Set(tokens.filter((t, i) => GENERIC_FORMS.has(formStem(t.word)) && !naming(i)).map((t) => t.stem));
}

/** "The central authorities", "the General Secretary": an asking word that names a body or an office. */
const QUALIFIER = /^(?:central|general)$/iu;
const BODY = /^(?:governments?|authorit(?:y|ies)|committees?|levels?|leaders(?:hip)?|state|secretar(?:y|ies)|party|organi[sz]ations?)$/iu;

/**
 * Words a scholar frames a question with ("the normative anchor of…", "what legitimating
 * reference does it invoke", "how does the author situate…", "what mechanism", "what telos
 * does it articulate"), the light verb of "why does
 * the party need the masses?" and the hope of "what does it hope will happen…": no topic of
 * their own when the thesis never uses them, only a way of asking about what it does say.
 */
export const SCHOLARLY = new Set(
  'need needs needed hope hopes hoped expect expects expected anticipate anticipates anticipated normative epistemic epistemological ideological institutional analytical conceptual discursive ontological heuristic legitimating legitimation legitimacy situate situates situated situating invoke invokes invoked invoking posit posits posited anchor anchors anchored framed framing lineage vis articulate articulates articulated articulating articulation telos teleology teleological accord accords accorded lever levers mechanism mechanisms modulation operational'
    .split(' ')
    .map(stem),
);

/** The stems of a text that name a topic: its content words without the asking ones ("what does it say about…"). */
export function topicWords(text: string): string[] {
  return contentStems(text).filter((t) => !GENERIC.has(t));
}

/**
 * Comparing or linking named sections asks for what each says ("What links chapters 3 and
 * 6?", "how do chapters 3 and 4 differ in approach?"); comparing with anything else is a topic.
 */
export const COMPARING = new Set(
  'compare comparison contrast versus vs differ difference differences link links linked connect connects connected connection relate related relation relationship common share similar similarity alike approach approaches angle angles emphasis emphases tone build builds built base based follow follows followed continue continues continued extend extends extended overlap overlaps overlapping'
    .split(' ')
    .map(stem),
);
