import type { Hit, Passage } from '../retrieval/search.ts';

/** A topic found in at least this share of the sections is the thesis's own subject, not one part's. */
const WIDESPREAD = 0.75;

/** How close to the best an overview sentence must score to open the answer. */
const NEAR_TOP = 0.8;

/**
 * For a question whose every topic word runs through the whole thesis ("what does it argue
 * about Urumqi?"), moves the overview's best sentence to the front when it covers as much as the
 * best hit and scores near it: a chapter's passing mention would answer by chance.
 */
export function overviewFirst(hits: readonly Hit[], topic: readonly string[], passages: readonly Passage[]): readonly Hit[] {
  const [top] = hits;
  if (!top || top.passage.section.id === 'overview' || topic.length === 0) return hits;
  const sections = new Set(passages.map((p) => p.section.id)).size;
  const spread = (t: string) => new Set(passages.filter((p) => p.stems.has(t)).map((p) => p.section.id)).size / sections;
  if (!topic.every((t) => spread(t) >= WIDESPREAD)) return hits;
  const whole = hits.find((h) => h.passage.section.id === 'overview' && h.coverage >= top.coverage && h.score >= NEAR_TOP * top.score);
  return whole ? [whole, ...hits.filter((h) => h !== whole)] : hits;
}

/** Words in an overview sentence that retells several chapters at once (the abstract's run-on list of the "four paths"). */
const RETELLING_WORDS = 60;
/**
 * How close to such a sentence a chapter's own sentence must score, and how much of what it
 * covers it must cover, to open the answer instead. Measured on the paraphrase fixture: 0.75
 * and 0.8 moved three answers to the right chapter and none away; covering 0.6 moved eight
 * there and seven away (questions the retelling answers whole: "through what means…", "besides
 * consultation…").
 */
const CHAPTER_NEAR = 0.75;
const CHAPTER_COVERS = 0.8;
/**
 * How close to any overview sentence a chapter's opening sentence, covering as much, must score
 * to open the answer. Measured on the paraphrase fixture (17,959 questions): 0.9 moved three
 * answers to the right chapter ("Urumqi history" to chapter 2) and none away.
 */
const OPENER_NEAR = 0.9;

/** Whether a hit is the sentence that opens its section ("The second chapter introduces the history…"). */
function opensSection(hit: Hit): boolean {
  return hit.passage.section.sentences[0]?.start === hit.passage.start;
}

/**
 * When the best hit is an overview sentence long enough to retell several chapters, a chapter's
 * own sentence scoring near it opens the answer: it says the same where the thesis says it,
 * and its citation points there. So does a chapter's opening sentence, which says what the
 * chapter is about, against any overview sentence that says no more of the topic ("this paper
 * considers the history…" beside "the second chapter introduces the history…").
 */
export function chapterFirst(hits: readonly Hit[]): readonly Hit[] {
  const [top] = hits;
  if (!top || top.passage.section.id !== 'overview') return hits;
  const retelling = top.passage.text.split(/[\s,;]+/u).length >= RETELLING_WORDS;
  const own = hits.find(
    (h) =>
      h.passage.section.id.startsWith('chapter-') &&
      ((retelling && h.score >= CHAPTER_NEAR * top.score && h.coverage >= CHAPTER_COVERS * top.coverage) ||
        (opensSection(h) && h.score >= OPENER_NEAR * top.score && h.coverage >= top.coverage)),
  );
  return own ? [own, ...hits.filter((h) => h !== own)] : hits;
}
