/** Bodies and texts an idea may be said to come from: "which congress", "what document". */
const ORIGIN_BODY = String.raw`(?:party\s+|national\s+)?(?:congress|congresses|meeting|meetings|plenum|plenary\s+session|session|conference|document|documents|report|reports|policy|policies|law|laws|leader|leaders|body|organ|institution|book|article|speech|text|year|decade)`;

/**
 * "Which party congress first proposed community governance?", "what document introduced the
 * circle first?", "which meeting put forward the mass line?": where an idea came from, asked
 * by the body that brought it, with the verb of bringing it (what "introduce" says only with "first").
 */
const ORIGIN_ASKED = new RegExp(
  String.raw`\b(?:which|what)\s+(?<body>(?:\p{L}+\s+)?${ORIGIN_BODY})\s+(?:(?:had\s+|has\s+|was\s+)?(?:first|originally|initially)\s+)?(?<verb>proposed|put\s+forward|coined|originated|invented|came\s+up\s+with)\b|\b(?:which|what)\s+(?<named>(?:\p{L}+\s+)?${ORIGIN_BODY})\s+(?:first|originally|initially)\s+(?<first>introduced|used|raised|mentioned|named)\b`,
  'iu',
);

/**
 * Where an idea came from, as "which … first proposed it", when the thesis never writes the
 * verb the question asks it by (`unwritten`): it says what the circle is and where it has
 * been applied, not which body first put ideas forward.
 */
export function unwrittenOrigin(question: string, unwritten: (word: string) => boolean): string | undefined {
  const m = ORIGIN_ASKED.exec(question)?.groups;
  const verb = (m?.['verb'] ?? m?.['first'])?.toLowerCase().replace(/\s+/gu, ' ');
  if (!verb || (m?.['verb'] && !unwritten(verb.split(' ')[0] ?? verb))) return undefined;
  const body = (m?.['body'] ?? m?.['named'] ?? 'body').toLowerCase();
  // "Put forward", "came up with": the "it" goes where the phrase puts it.
  const did = verb === 'put forward' ? 'put it forward' : verb === 'came up with' ? 'came up with it' : `${verb} it`;
  return `which ${body} first ${did}`;
}
