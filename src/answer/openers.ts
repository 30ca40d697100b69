import { STUDYING } from './asker-frames.ts';

/**
 * Chat interjections before a question ("lol ok and the center", "wait which stages?", "cool.
 * where's that from"): reactions to the last answer, not part of what is asked. "Yes", "no"
 * and "right" count only set off by a stop or comma: "yes or no: …", "no one is quoted…" ask.
 */
const INTERJECTION = /^\s*(?:(?:(?:lol|lmao|haha+|ok(?:ay)?|kk?|cool|nice|great|awesome|wow|oh+|ah+|hm+|um+|uh+|wait|nvm|never\s*mind|alright|got\s+it|i\s+see|interesting|sorry|oops|thanks|thx|ty)(?![\s,]+or\b)(?:[\s,.!:;…-]+|$))|(?:(?:yeah|yep|yes|no|nope|right)[,.!:;…-]+\s*))+/iu;

/** The question without the interjections before it; one that is nothing else stays as typed ("thanks!"). */
export function withoutInterjection(typed: string): string {
  const rest = typed.replace(INTERJECTION, '');
  return rest.trim() ? rest : typed;
}

/** A quiz's instruction before its item ("Fill in the blank:", "True or false -", "Fact check:"): how to answer, not what. */
const QUIZ = /^\s*(?:fill\s+in\s+the\s+blanks?|fact[-\s]?check(?:ing)?|complete(?:\s+(?:this|the)\s+(?:sentence|quote|phrase))?|finish\s+(?:this|the)\s+(?:sentence|quote|phrase)|(?:yes\s+or\s+no|y\s*\/\s*n)(?=\s*[:–—-]\s*(?:is|are|was|were|does|do|did|has|have|can|could)\b))\s*[:–—-]\s*/iu;

/**
 * "Moving on,", "last one, I promise:", "question 2:", "numbered list:", "with sources:": how the
 * asker moves the chat along or wants the answer laid out, said first; no part of what is asked.
 * (How many sentences or words an answer should take is read later, so it stays.)
 */
const OPENER =
  /^\s*(?:moving\s+on|next\s+question|one\s+more(?:\s+(?:question|thing))?|(?:last|final)\s+(?:one|question|thing)(?:,?\s+i\s+promise)?|different\s+(?:topic|question)|on\s+another\s+note|changing\s+(?:the\s+)?(?:topic|subject)|(?:question|q)\s*#?\d{1,2}|(?:in\s+|as\s+(?:a\s+)?)?(?:(?:a\s+)?numbered\s+list|bullet(?:ed)?\s+(?:points?|list)|a\s+list)|with\s+(?:sources|citations|references|quotes)|(?:quick\s+)?sanity\s+check|just\s+(?:to\s+)?(?:confirm|check|double[-\s]?check))\s*[:,;–—-]+\s*/iu;

/**
 * "I'm curious when this was posted", "I'd like to know why…", "I wonder how…", "I'd like a
 * sense of how…": a question the asker puts in words of wanting to know, with no stop before
 * it; the wanting is no topic.
 */
const WANTS_TO_KNOW =
  /^\s*(?:(?:i|we)(?:\s+am|\s+are|['’]m|['’]re|m)?\s+(?:just\s+|really\s+|so\s+)?(?:curious|wondering)(?:\s+(?:about|as\s+to))?|(?:i|we)\s+(?:(?:just|really)\s+)?(?:wonder|want\s+to\s+know)|(?:i|we)(?:\s+would|['’]d)\s+(?:like|love)\s+to\s+(?:know|understand)|(?:(?:i|we)(?:\s+would|['’]d)\s+(?:like|love)|(?:i|we)\s+want|give\s+(?:me|us))\s+(?:a|an|some)\s+(?:(?:rough|quick|clear|better)\s+)?(?:sense|idea|picture|understanding)\s+of)\s+(?=(?:what|which|who|whom|whose|how|why|where|when)\b)/iu;

/** "Before I cite it": what the asker will do with the answer first. */
const BEFORE_USING = String.raw`before\s+(?:i|we)\s+(?:cite|quote|reference|use|submit)\s+(?:it|this|the\s+\p{L}+)`;

/**
 * "Before I cite it", "I'd like to be sure about", "if I had to explain to a first-year student":
 * what the asker will do with the answer, said first with no stop; no part of what is asked.
 */
const PURPOSE = new RegExp(
  String.raw`^\s*(?:${BEFORE_USING}\s*,?\s*)?(?:(?:(?:i|we)(?:\s+would|['’]d)\s+like|(?:i|we)\s+(?:want|need))\s+to\s+(?:be\s+sure|make\s+sure|double[-\s]?check|check|confirm|verify)(?:\s+(?:about|of|on))?\s*[:,–—-]?\s*|(?:if|when)\s+(?:i|we)\s+(?:had|have|need(?:ed)?|want(?:ed)?)\s+to\s+(?:explain|teach|present|show)\s+(?:(?:this|it)\s+)?to\s+(?:a|an|my|our|the|some)\s+(?:[\p{L}-]+\s+){0,3}?(?:students?|class|classmates?|friends?|audience|readers?|beginners?|newcomers?|child|kid|group)\s+|${BEFORE_USING}\s*,\s*)`,
  'iu',
);

/** "Exam prep -", "revision:": what the asker is doing, said first, with no word of the topic. */
const STUDY_ASIDE = new RegExp(String.raw`^\s*(?:${STUDYING}|revision|studying)\s*[:–—-]+\s*`, 'iu');

/**
 * The question without what opens it and asks nothing: interjections, a quiz's instruction, a
 * study aside, an opener that moves the chat along, the asker's purpose, their wanting to know.
 */
export function withoutOpeners(typed: string): string {
  return withoutInterjection(typed).replace(QUIZ, '').replace(STUDY_ASIDE, '').replace(OPENER, '').replace(PURPOSE, '').replace(WANTS_TO_KNOW, '');
}
