import { isStopword, stem, tokenize } from '../retrieval/terms.ts';
import { namesPerson } from './name-asked.ts';

/** Posts a person holds ("secretary", "chairman", "leaders"). */
const POST = String.raw`(?:secretar(?:y|ies)|chair(?:man|woman|person)?|leaders?|heads?|directors?|mayors?|governors?|presidents?|officials?|ministers?)`;
const POST_WORD = new RegExp(String.raw`^${POST}$`, 'iu');
const POST_NAMED = new RegExp(String.raw`\b${POST}\b`, 'iu');

/** Whether a question names a post ("the party secretary", "its leaders"). */
export function namesPost(question: string): boolean {
  return POST_NAMED.test(question);
}

/** "Which leader…", "which secretaries…": a post asked for by "which", the post captured. */
const WHICH_POST = String.raw`\bwhich\s+(?:\p{L}+\s+)?(${POST})\b`;

/**
 * "Who is the party secretary of Urumqi?", "which leader stressed…", "who chairs the
 * committee?": a person is asked for, by the post they hold.
 */
const PERSON_ASKED = new RegExp(String.raw`\bwho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:\p{L}+\s+){0,3}${POST}\b|\bnames?\s+of\s+(?:the\s+)?(?:\p{L}+\s+){0,2}${POST}\b|${WHICH_POST}|\bwho\s+(?:chairs|heads|directs|runs|chaired|headed|directed|ran)\b`, 'iu');

/** What the post asked about must match: the word before its noun ("party" secretary), and a named place it is of. */
export interface Post {
  readonly modifier?: string;
  readonly place?: string;
  /** "Which secretaries…": the stem of posts asked for by kind, which a sentence may name without a person ("Party branch secretaries"). */
  readonly kind?: string;
}

/** "Which secretaries are selected?": several holders of a post, asked by "which". */
const WHICH_POSTS = new RegExp(WHICH_POST, 'iu');

const RANK = /^(?:top|senior|high|higher|highest|chief|supreme|leading|head|main|principal|national|central|state)$/iu;

/** "The party secretary of Urumqi": the word qualifying the post and the place after "of". */
const POST_PHRASE = new RegExp(String.raw`(?:\b(\p{L}+)\s+)?${POST}(?:\s+of\s+(?:the\s+)?(\p{L}+))?`, 'iu');

/**
 * The post a question asks the holder of ("party secretary of Urumqi" gives "party" and
 * "Urumqi"), or undefined when it asks for no person. A leader is a leader: "which leader…" has
 * nothing to match.
 */
export function personAsked(question: string): Post | undefined {
  const asked = PERSON_ASKED.exec(question);
  if (!asked) return undefined;
  const phrase = POST_PHRASE.exec(question.slice(asked.index));
  const before = phrase?.[1];
  // "Which top leader…", "a senior official", "which national leader": a rank or a level, which
  // any title may hold ("General Secretary"), not a post's kind.
  const modifier = before && !isStopword(before) && !RANK.test(before) ? stem(before) : undefined;
  // Only a name is a place the post is of: "secretary of the party" is the post itself.
  const place = phrase?.[2] && /^\p{Lu}/u.test(phrase[2]) ? stem(phrase[2]) : undefined;
  const posts = WHICH_POSTS.exec(question)?.[1];
  const kind = posts && /s$/iu.test(posts) ? stem(posts) : undefined;
  return { ...(modifier ? { modifier } : {}), ...(place ? { place } : {}), ...(kind ? { kind } : {}) };
}

/**
 * Whether a sentence names the holder of a post, and of the post asked: "General Secretary Xi
 * Jinping" is no answer to who the party secretary of Urumqi is.
 */
export function namesHolder(sentence: string, post: Post): boolean {
  const tokens = tokenize(sentence);
  // "Which secretaries…": "Party branch secretaries", the post with a word naming its kind.
  if (post.kind && tokens.some((t, i) => t.stem === post.kind && i > 0 && !isStopword(tokens[i - 1]?.word ?? ''))) return true;
  if (!namesPerson(sentence)) return false;
  const postAt = tokens.flatMap((t, i) => (POST_WORD.test(t.word) ? [i] : []));
  const qualified = !post.modifier || postAt.some((i) => tokens[i - 1]?.stem === post.modifier);
  return qualified && (!post.place || tokens.some((t) => t.stem === post.place));
}
