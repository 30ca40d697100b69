import { REPORTING_VERB, claimAsked } from './claim-check.ts';
import { findSectionRefs } from '../retrieval/section-ref.ts';
import type { Section } from '../types.ts';
import { topicWords } from './frame-words.ts';
import { withoutOpeners } from './openers.ts';
import { UNFOLLOWED } from './verb-frames.ts';

/**
 * Something said about the asker before the question ("I'm presenting chapter 4 tomorrow.",
 * "I am new here,", "For my seminar next week:", "Just finished the abstract:"): it ends at a
 * stop, comma, colon or dash that a question word follows.
 */
const PREAMBLE =
  /^\s*(?:(?:hi|hello|hey)\b[^,.!?:;]*[,.!:;]\s*)?((?:i|i['’]m|im|i['’]ve|i['’]ll|i['’]d|we|we['’]re|we['’]ve|my|our|(?:for|in|as)\s+(?:my|our|a|an|someone|somebody|anyone|people|students|readers|beginners|newcomers)|for\s+(?:citing|quoting|referencing)|before\s+(?:my|our|the|tomorrow['’]s|today['’]s|next\s+week['’]s)|(?:a|one|some)\s+(?:friend|classmate|colleague|student|reader|reviewer|member)s?|someone|somebody|(?:just\s+)?(?:finished|started|began|reading|starting|going\s+through|working\s+through|done\s+with|halfway\s+through|studying|revising))\b[^?]*?)[,.:;!–—-]+\s+(?=(?:so|but|and|then)?\s*(?:what|which|who|whom|whose|how|why|where|when|is|are|was|were|does|do|did|can|could|should|would|will|tell|give|explain|summari[sz]e|list|describe|name)\b)/iu;

/** Words that point back ("…has both?"), so the question may lean on what was said before it. */
const POINTS_BACK = /\b(?:it|its|that|this|these|those|they|them|their|there)\b|\b(?:both|the\s+two)\s*[?？!.]*\s*$|^\s*(?:(?:so|and|but)\s+)?which\s+(?:ones?|two|three|four|five|six)\s*[?？!.]*\s*$/iu;

/** What the work does, as the asker tells it: "where the thesis describes…", "that the author compares…". */
const SAYS_OF_WORK = /\b(?:the|this)\s+(?:thesis|dissertation|paper|author|abstract|text|chapter)\s+(?:\p{L}+ly\s+)?\p{L}+s\b/iu;

/** "Can you find where?", "could you show me which chapter?": asking for what was just said. */
const FIND_IT = /^\s*(?:so\s+)?(?:(?:can|could|would|will)\s+(?:you|someone|anyone)\s+(?:find|show|point|locate|check)\b|what(?:['’]s|\s+is)\s+the\s+(?:exact\s+)?(?:line|sentence|quote|passage|wording)\s*[?？!.]*\s*$)/iu;

/** The work itself, named with a pointing word ("this thesis", "that paper"). */
const WORK_ITSELF = /\b(?:this|that|the)\s+(?:thesis|dissertation|paper|work|study|text|abstract|author|bot)(?:['’]s)?\b|\bit\s+(?=(?:argues?|says?|claims?|states?)\b)/giu;

/**
 * A preamble that reports a claim ("I read that…", "my teacher said…") or what puzzles the
 * asker ("I'm confused about how…", "I don't get the fortress thing"): what a question may ask about.
 */
const REPORTS = new RegExp(String.raw`\b(?:${UNFOLLOWED}|asked|asks|wondered|wonders|read|heard|saw|seen|see|seeing|notice|noticed|noticing|told|said|says|say|think|thought|believe|believed|claim|claims|claimed|learned|learnt|mention|mentions|mentioned|understand|understood|confused|confusing|unsure|puzzled|stuck|unclear)\b`, 'iu');

/** "Can you help?", "any ideas?", "thoughts?": a request for help that names nothing to help with. */
const HELP_ONLY = /^\s*(?:(?:so|but|and)\s+)?(?:(?:can|could|would|will)\s+(?:you|someone|anyone)\s+help(?:\s+(?:me|us)(?:\s+out)?)?|(?:any\s+)?help|any\s+(?:ideas|thoughts|pointers|suggestions)|thoughts|ideas|suggestions|what\s+(?:would|do|could|should)\s+you\s+(?:suggest|recommend|propose|advise))(?:\s+(?:please|pls|plz))?\s*[?？!.]*\s*$/iu;

/** A question reported in the preamble: "my supervisor asked me what the paths are", "we wondered why…", "I'm curious when…", "we're debating whether…". */
const EMBEDDED = /\b(?:asked|asks|wonder|wondered|wonders|wondering|curious(?:\s+(?:as\s+to|about))?|(?:wanted|wants|want|(?:would|['’]d)\s+(?:like|love))\s+to\s+know|debating|debated|debate|arguing|argued|argue|discussing|discussed|unsure|not\s+sure|(?:disagree(?:d|ing)?|split)\s+(?:on|about|over))\s+(?:(?:me|us|him|her|them)\s+)?((?:what|which|who|how|why|where|when|whether|if)\b.*)$/iu;

/** What the asker says they need or are after: "I need the author and year", "I'm looking for the part on…". */
const NEEDS = /\b(?:need|needs|needed|(?:want|wants|wanted)(?!\s+to\s+know)|looking\s+for|after)\b/iu;

/** "Which part?", "where is it?": where to find what the asker said they need. */
const WHERE_IN = /^\s*(?:so\s+)?(?:(?:which|what)\s+(?:part|chapter|section|one|bit)\b|where\b)/iu;

/** "I need one sentence on how the thesis…", "I want a quote about…": what the asker needs a piece of text on. */
const NEEDS_ON =
  /\b(?:need|needs|want|wants|looking\s+for)\s+(?:(?:a|an|one|some|two|three|a\s+few)\s+)?(?:(?:good|short|single|clear|key)\s+)?(?:sentences?|quotes?|quotations?|lines?|passages?|summary|explanation|example|citation)\s+(?:on|about|regarding|concerning|explaining|describing|showing)\s+(.+?)(?:,?\s+(?:ideally|preferably|if\s+possible)\b.*)?$/iu;

/** "Which chapter should I read first?", "which part is relevant?": where to start on the asker's topic, not the first chapter. */
const READ_FIRST =
  /^\s*(?:so\s+)?(?:(?:which|what)\s+(?:chapter|section|part)\s+(?:should|do|must)\s+(?:i|we)\s+(?:read|start\s+with|begin\s+with|look\s+at)(?:\s+first)?|what\s+should\s+(?:i|we)\s+read(?:\s+first)?(?:\s+in\s+(?:this|the)\s+(?:thesis|dissertation|text|abstract))?|(?:which|what)\s+(?:chapter|section|part)\s+(?:of\s+(?:this|the)\s+(?:thesis|dissertation|text|abstract)\s+)?(?:is|would\s+be)\s+(?:most\s+)?(?:relevant|useful|helpful))\s*[?？!.]*\s*$/iu;

/** When the asker's work is due ("next week", "tomorrow"): no part of its topic. */
const WHEN_DUE = /\s+(?:(?:next|this|on)\s+\p{L}+|tomorrow|today|tonight|soon|later)$/iu;

/** What the asker is working on or wants to know about: "an essay on X", "a presentation about X", "reading about X", "a student of X", "wants to know about X". */
const WORKING_ON = /\b(?:(?:wants?|would\s+like|['’]d\s+like|needs?)\s+to\s+(?:know|hear|learn|understand)\s+(?:more\s+)?(?:about|on|regarding)|(?:essay|paper|report|presentation|talk|seminar|thesis|dissertation|project|assignment|review|post|reading|studying|researching|working|writing|(?:quote|cite)\s+(?:the\s+(?:thesis|author|text|abstract)|it))\s+(?:\p{L}+\s+){0,2}?(?:on|about|regarding|concerning)|(?:student|scholar|researcher)s?\s+of)\s+(.+)$/iu;

/** A question and what the asker adds after it, in sentences with no question mark. */
const AFTERWORD = /^(.*?[?？])\s+([^?？]+)$/su;
/** What someone else says or thinks, reported. */
const OTHERS_SAY = new RegExp(String.raw`\b${REPORTING_VERB}\b`, 'iu');

/**
 * "Does chapter 6 say the circle can shrink? Someone says it only grows.": what someone else
 * says, reported after a question with a topic of its own, is why it is asked, not what; it
 * goes. A question that leans on it ("is that true? my friend says…") or a section it names
 * ("…? I read chapter 6.") keeps it.
 */
function withoutAfterword(text: string, sections: readonly Section[]): string {
  const [, asked, after] = AFTERWORD.exec(text.trim()) ?? [];
  if (!asked || !after || !OTHERS_SAY.test(after) || findSectionRefs(after, sections).ids.length > 0) return text;
  const ownTopic = topicWords(asked.replace(WORK_ITSELF, ' ')).length > 0;
  return ownTopic && !POINTS_BACK.test(asked.replace(WORK_ITSELF, ' ').replace(/^.*[:–—]\s*/su, '')) ? asked : text;
}

/**
 * The question without what the asker said about themselves first, so "presenting" and
 * "tomorrow" are not taken for its topic. A section the preamble names is where to look
 * ("I'm reading chapter 4. What does it say about…" asks of chapter 4). A question that
 * points back to what the preamble reports or wants understood ("I read that the party leads
 * everything, is that true?"), or has no topic of its own ("I'm trying to understand the link
 * between X and Y - what does the thesis argue?"), keeps it: the preamble holds the topic.
 * A quiz's instruction ("Fill in the blank:") goes too.
 */
export function withoutPreamble(typed: string, sections: readonly Section[]): string {
  const plain = withoutOpeners(typed);
  // "My friend says the circle is static, is that true?" asks "is the circle static?".
  const text = claimAsked(plain) ?? withoutAfterword(plain, sections);
  const m = PREAMBLE.exec(text);
  const said = m?.[1];
  if (!m || !said) return text;
  const question = text.slice(m[0].length);
  const { ids } = findSectionRefs(said, sections);
  const named = sections.filter((s) => ids.includes(s.id)).map((s) => s.label);
  // "I'm comparing chapters 3 and 5. What does chapter 5 focus on?" asks of the one it names.
  if (named.length > 0 && findSectionRefs(question, sections).ids.length > 0) return question;
  // "Someone said chapter 3 has survey data - what does it show?" asks of the claim, not all of chapter 3.
  if (named.length > 0 && OTHERS_SAY.test(said) && POINTS_BACK.test(question.replace(WORK_ITSELF, ' '))) return text;
  if (named.length > 0) return `${question.replace(/[?？]+\s*$/u, '')} (in ${named.join(' and ')})`;
  // "What does the text say?" names the work, not a topic.
  const ownTopic = topicWords(question.replace(WORK_ITSELF, ' ')).length > 0;
  // "This thesis" is the work asked about, which points back to nothing the asker said.
  const asksNothing = !ownTopic || FIND_IT.test(question) || HELP_ONLY.test(question) || READ_FIRST.test(question);
  const leansBack = POINTS_BACK.test(question.replace(WORK_ITSELF, ' '));
  const leans = leansBack || asksNothing;
  // "My supervisor asked me what the four paths are - can you list them?": the question asked
  // of the asker is the topic, not who asked it.
  const embedded = EMBEDDED.exec(said)?.[1]?.trim();
  if (embedded) return leans ? `${embedded} - ${question}` : question;
  // "I need one sentence on how the thesis positions its model - what would you suggest?": the
  // text needed is on that topic.
  const needed = asksNothing ? NEEDS_ON.exec(said)?.[1] : undefined;
  if (needed) return needed;
  // "For my essay I need to cite where the thesis describes X; which chapter is it?": what the
  // asker wants is the topic, however they put it, when the question has none of its own.
  // "For my bibliography I need the author, title and year, can you give them?": what the asker
  // needs, pointed back to, is the topic too.
  if ((leans && REPORTS.test(said)) || (asksNothing && SAYS_OF_WORK.test(said)) || ((leansBack || WHERE_IN.test(question)) && NEEDS.test(said))) return text;
  // "I wrote down "one family" — what is it?": the words the asker quotes are what "it" is.
  const quoted = leans ? /["“]([^"“”]{2,80})["”]/u.exec(said)?.[1] : undefined;
  if (quoted) return `"${quoted}" - ${question}`;
  // "I'm writing an essay on consultative democracy - what does it say on it?": the topic the
  // asker is working on is what "it" is, not the essay.
  const topic = leans ? WORKING_ON.exec(said)?.[1]?.replace(WHEN_DUE, '').trim() : undefined;
  if (topic && READ_FIRST.test(question)) return `Which part is about ${topic}?`;
  return topic ? `${topic} - ${question}` : question;
}
