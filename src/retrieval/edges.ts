/**
 * "The first sentence of chapter 4", "the final sentence of the thesis": where to look, at the
 * start or the end; of the thesis as a whole when no section is named.
 */
const POSITION_REF = /\b(?:the\s+)?(?:(first|opening|initial|beginning)|last|final|closing|ending|concluding)\s+(?:sentences?|lines?|words|paragraphs?|claims?|statements?|thing)\b/giu;

/** "How does the abstract end?", "how does the author begin the thesis?": the work's own edge. */
const WORK_EDGE =
  /\b(?:(end|ends|ending|close|closes|closing|finish|finishes)|begin|begins|beginning|start|starts|open|opens)\s+(?:the|this|its|their)\s+(?:thesis|dissertation|abstract|paper|text|summary)\b|\b(?:thesis|dissertation|abstract|paper|text)\s+(?:(end|ends|close|closes|finish|finishes|conclude|concludes)|begin|begins|start|starts|open|opens)\b/giu;

/** "The opening of the abstract", "(at) the end of the text": an edge of the text, named by a noun (`edge`, an alternation). */
export function textEdge(edge: string): RegExp {
  return new RegExp(String.raw`\b(?:(?:at|in|towards?|near)\s+)?the\s+(?:very\s+)?(?:${edge})\s+of\s+(?:the|this|its)\s+(?:abstract|text|summary)\b`, 'giu');
}

/** The start of the text is its first sentence ("the end of the abstract" is its conclusion, section-ref.ts). */
const TEXT_START = textEdge('opening|start|beginning|outset');

/** "…, per the opening?", "according to the opening summary": the text's opening, closing the question ("the opening chapter" is a chapter). */
const PER_OPENING = /[,\s]*\b(?:per|in|according\s+to|from|going\s+by)\s+the\s+opening(?:\s+(?:summary|paragraph|lines?|sentences?|part|section))?(?=\s*[?？.!]*\s*$)/giu;

/**
 * "How does chapter 2 end / begin?": where in a named section to look, not a topic. An end
 * asks for its closing sentences; a start for its opening ones, which are given anyway.
 */
const EDGE_WORD = /\b(?:(end|ends|ending|close|closes|closing)|begin|begins|beginning|start|starts|opens?|opening)\b/giu;

/** "What does chapter 5 say first?", "what does it mention last?", "what comes first in chapter 2?": the opening or closing sentence. */
const SAYS_AT = /\b(?:say|says|said|mention|mentions|discuss|discusses|state|states)\s+(?:(first)|last|finally)\b|\b(?:(first)|last)\s+(?:say|says|said|mention|mentions)\b|(?<=^\s*what\s+)(?:comes?|came)\s+(?:(first)|last)(?=\s+in\b)/giu;

/**
 * "What does the author confirm at the end?", "at the beginning", "what does it conclude at
 * last?", "in conclusion": where to look, named or not.
 */
const AT_EDGE = /\b(?:at|in|towards?|near)\s+the\s+(?:very\s+)?(?:(end|close)|beginning|start|outset)\b|\b(at\s+(?:the\s+)?last|lastly|in\s+conclusion)\b(?!\s+(?:kilomet|mile))/giu;

/** Where in a section a question looks, read out of it. */
export interface Edges {
  /** The question without the words that said where to look. */
  readonly rest: string;
  /** At the end: the closing sentences. */
  readonly fromEnd: boolean;
  /** One sentence at that edge, the very first or last ("the first sentence", "how does the thesis begin?"). */
  readonly oneSentence: boolean;
}

/**
 * Reads where a question looks: "the first sentence", "the last thing", "how does the abstract
 * end?" and, when it names a section (`named`), "how does it end / begin?".
 */
export function readEdges(question: string, named: boolean): Edges {
  let fromEnd = false;
  let oneSentence = false;
  let rest = question.replace(POSITION_REF, (m: string, start?: string) => {
    if (!start) fromEnd = true;
    if (/\b(?:sentence|line|claim|statement|thing)$/iu.test(m)) oneSentence = true;
    return ' ';
  });
  rest = rest.replace(SAYS_AT, (m: string, first?: string, firstBefore?: string, firstComes?: string) => {
    if (!first && !firstBefore && !firstComes) fromEnd = true;
    oneSentence = true;
    return m.replace(/\b(?:first|last|finally)\b/iu, ' ').replace(/\b(?:comes?|came)\b/iu, ' ');
  });
  // How the work begins is its very first sentence, not where it says what it does.
  rest = rest.replace(WORK_EDGE, (_m: string, end?: string, ends?: string) => {
    if (end || ends) fromEnd = true;
    else oneSentence = true;
    return ' ';
  });
  const start = () => {
    oneSentence = true;
    return ' ';
  };
  rest = rest.replace(TEXT_START, start);
  if (!named) rest = rest.replace(PER_OPENING, start);
  rest = rest.replace(AT_EDGE, (_m: string, end?: string, last?: string) => {
    if (end || last) fromEnd = true;
    return ' ';
  });
  // Checked again: "what does it conclude at the end" names the conclusion by its verb.
  if (named) {
    rest = rest.replace(EDGE_WORD, (_m, end?: string) => {
      if (end) fromEnd = true;
      return ' ';
    });
  }
  return { rest, fromEnd, oneSentence };
}
