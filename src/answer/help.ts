import type { ParsedThesis } from '../types.ts';
import type { Answer } from './types.ts';

/**
 * Greetings and questions about the bot itself ("hi", "what can you do?", "who are you?", "who made you?",
 * "are you an AI?", "which model are you running on?") or for a sum ("what's 2+2"): the thesis
 * has no answer to them, a short guide does.
 */
const ABOUT_THE_BOT =
  /^\s*(?:(?:hi|hello|hey|yo|hiya|greetings|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|bot|all|everyone))?|(?:(?:can|could|would|will)\s+you\s+)?help(?:\s+(?:me|us))?(?:\s+out)?(?:\s+(?:please|pls))?|what\s+can\s+(?:you|i)\s+(?:do|ask)(?:\s+(?:here|you))?|what\s+(?:can['’]?t|cannot|can\s+not)\s+you\s+(?:do|answer)|what\s+are\s+your\s+(?:limits|limitations)|what\s+(?:do|should)\s+i\s+ask|who\s+are\s+you|what\s+are\s+you|what(?:['’]s|\s+is)\s+your\s+name|who\s+(?:made|built|created|wrote|programmed|coded|designed|trained)\s+you|how\s+(?:do|can)\s+i\s+use\s+(?:you|this(?:\s+bot)?|the\s+bot)|how\s+does\s+this\s+(?:bot\s+)?work|what\s+do\s+you\s+do|are\s+you\s+(?:a|an)\s+(?:bot|ai|human|robot|person|llm|chatbot)|(?:which|what)\s+(?:model|llm|ai|engine)\s+(?:are\s+you|do\s+you\s+use|is\s+this|powers\s+you)(?:\s+(?:running\s+on|using|based\s+on|built\s+on))?|what(?:['’]s|\s+is)\s+\d+\s*[-+*/x×]\s*\d+)\s*[?!.]*\s*$/iu;

/** True for a greeting or a question about the bot rather than the thesis. */
export function asksAboutBot(question: string): boolean {
  // "What's your name and who made you?": two questions about the bot are one.
  return ABOUT_THE_BOT.test(question) || question.split(/\s*(?:,|\band\b)\s*/iu).every((part) => ABOUT_THE_BOT.test(part));
}

/** What the bot is and how to ask it, naming the thesis from its record. */
export function botHelp(question: string, parsed: ParsedThesis): Answer {
  const { title, author, datePosted } = parsed.metadata;
  const year = datePosted?.slice(0, 4);
  const work = title ? `“${title}”${author ? ` (${author}${year ? `, ${year}` : ''})` : ''}` : 'one thesis';
  const answer =
    `I answer questions about ${work} from its text, quoting the sentences each answer comes from and naming their chapters; ` +
    'I do not write my own opinions, and I say so when the text does not answer. ' +
    'Ask in plain words, for example “What does chapter 3 say about consultation?”, ask for a summary (“summarize chapter 4”), ' +
    'the outline (“what are the chapters?”) or who wrote it.';
  return { question, answer, abstained: true, citations: [], nearest: [] };
}

/**
 * "Thanks!", "ok" asked on their own (a conversation lets them pass): acknowledged, with a nudge
 * to ask more, rather than answered as a question about the whole thesis.
 */
export function acknowledgement(question: string): Answer {
  const answer = 'Glad to help. Ask another question about the thesis whenever you like, or “what are the chapters?” for its outline.';
  return { question, answer, abstained: true, citations: [], nearest: [] };
}

/**
 * "Source?", "are you sure?" with no answer before them (a new thread, a first mention): there
 * is nothing to check yet, and every answer will show its quotes.
 */
export function nothingToCheck(question: string): Answer {
  const answer = 'There is no earlier answer here to check. Ask a question about the thesis: every answer quotes the passages it comes from and names their chapters.';
  return { question, answer, abstained: true, citations: [], nearest: [] };
}
