/**
 * A claim put to the bot to check: "Is it true that the circle is static?", "my friend says
 * the circle is static, is that true?", "true or false: the corps is part of the local
 * government", "does the thesis claim its framework is applicable to Urumqi?". Asked as the
 * plain question it stands for ("is the circle static?"), the thesis's own words can say yes
 * or no to it.
 */

/** Verbs that report what someone else says or thinks. */
export const REPORTING_VERB = String.raw`(?:says?|said|thinks?|thought|claims?|claimed|argues?|argued|insists?|insisted|believes?|believed|reckons?|told|heard)`;

/**
 * Someone's claim reported: "my friend says (that)", "I read that", "the lecturer claimed",
 * "apparently", or argued over: "my reading group argued about whether".
 */
const REPORTED = String.raw`(?:[\p{L}'’\s]{0,40}?\b(?:(?:argued|argue|debated|debating|discussed|disagreed?|disagreeing)\s+(?:(?:about|over|on)\s+)?(?:whether|if)\s+|(?:${REPORTING_VERB}|read)\s+(?:that\s+)?)|\s*apparently,?\s+)`;

/**
 * Asking who is right, or for the work's word on what was just said: "is she right?", "who is
 * right?", "does the text back this up?", "does the author agree?", "can you confirm?", "true?".
 */
const WHO_IS_RIGHT = String.raw`(?:(?:is|are)\s+(?:he|she|they|we|i|(?:my|our)\s+\p{L}+)\s+(?:really\s+)?(?:right|correct|wrong)|who(?:['’]s|\s+is)\s+(?:right|correct)|(?:does|do|did)\s+(?:the\s+|this\s+)?(?:text|thesis|abstract|author|dissertation|paper|it)\s+(?:back\s+(?:this|that|it)\s+up|agree|support\s+(?:this|that|it)|confirm\s+(?:this|that|it)|say\s+so)|(?:can|could)\s+you\s+(?:confirm|check|verify)(?:\s+(?:this|that|it))?|(?:is|was)\s+(?:that|this|it)\s+in\s+the\s+(?:thesis|text|abstract|dissertation)|true|right|correct)`;

/** Asking whether what was just said holds ("is that a fair reading, given what chapter six says?"). */
const HOLDS = String.raw`(?:(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:true|right|correct|accurate|so|fair|(?:a|an)\s+(?:fair|accurate|correct|right|reasonable)\s+(?:reading|description|summary|account|interpretation|characteri[sz]ation))(?:\s*,?\s*(?:given|based\s+on|according\s+to|in\s+light\s+of)\s+[^?？]+)?|${WHO_IS_RIGHT})`;

/**
 * "Does the thesis claim its framework is applicable…?": the work's own claim, asked of it.
 * (Asked of a chapter, the chapter is where to look, which the plain question would lose.)
 */
const WORK_CLAIM = new RegExp(String.raw`^\s*(?:(?:so|and|but)\s+)?(?:does|did)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|study|text|abstract|author|writer|it|wang)\s+(?:really\s+|actually\s+)?(?:claim|say|argue|state|assert|maintain|suggest|think|believe|conclude|find)\s+(?:that\s+)?(?<claim>.+?)\s*[?？!.]*\s*$`, 'iu');

/** The forms a claim to check comes in; the claim is the named group. */
const CLAIM_FORMS = [
  new RegExp(String.raw`^\s*(?:so\s+)?(?:is|was)\s+it\s+(?:really\s+)?(?:true|correct|right|accurate)\s+(?:that\s+)?(?<claim>.+?)\s*[?？!.]*\s*$`, 'iu'),
  new RegExp(String.raw`^\s*(?:true\s+or\s+false|t\s*/\s*f|yes\s+or\s+no|y\s*/\s*n|right\s+or\s+wrong)\s*[:?,-]+\s*(?<claim>.+?)\s*[?？!.]*\s*$`, 'iu'),
  new RegExp(String.raw`^\s*am\s+i\s+(?:right|correct)\s+(?:that|in\s+thinking(?:\s+that)?|to\s+say(?:\s+that)?)\s+(?<claim>.+?)\s*[?？!.]*\s*$`, 'iu'),
  new RegExp(String.raw`^${REPORTED}(?<claim>.+?)\s*[,.;–—-]+\s*(?:(?:but|so|and)\s+)?${HOLDS}\s*[?？!.]*\s*$`, 'iu'),
  new RegExp(String.raw`^\s*${HOLDS}\s*[?？]\s*${REPORTED}(?<claim>.+?)\s*[.!]*\s*$`, 'iu'),
  WORK_CLAIM,
];

/**
 * "The circle is static", "actual results were achieved": a thing said to be so, with the
 * copula in the middle. The subject is a short noun phrase (a bare plural before "are" or
 * "were"); a negated claim or one that is itself a question is left alone.
 */
const COPULA_CLAIM = /^(?<subject>(?:the|this|its|a|an)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+|it|they|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}?|(?:\p{Ll}+\s+){0,2}\p{Ll}+s(?=\s+(?:are|were)\b))\s+(?<copula>is|are|was|were)\s+(?!not\b|never\b|no\b)(?<rest>[^?？]+)$/u;

/** "The thesis treats the circle as fixed": what the work takes a thing to be, asked as whether it is. */
const TREATS_AS = /^(?:the|this)\s+(?:thesis|dissertation|paper|study|author|writer)\s+(?:treats|sees|regards|describes|presents|portrays|views|depicts)\s+(?<subject>(?:the|its)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+as\s+(?!not\b)(?<rest>[^?？]+)$/iu;

/**
 * The plain question a claim to check stands for, or undefined when the text puts none. A
 * claim with no "is" in it ("a classmate claims chapter two only covers the present; is that
 * so?") is asked as said: the words of the check are no topic. The work's own claim asked of
 * it ("does the thesis say that…") keeps its question, which already asks what the work says.
 */
export function claimAsked(text: string): string | undefined {
  for (const form of CLAIM_FORMS) {
    const claim = form.exec(text)?.groups?.['claim']?.trim().replace(/^(?:that|the\s+thesis\s+says)\s+/iu, '');
    if (!claim) continue;
    const m = (COPULA_CLAIM.exec(claim) ?? TREATS_AS.exec(claim))?.groups;
    if (m?.['subject'] && m['rest']) return `${m['copula'] ?? 'is'} ${m['subject']} ${m['rest'].trim()}?`;
    if (form !== WORK_CLAIM && !/\bnot\b|n['’]t\b/iu.test(claim)) return claim;
  }
  return undefined;
}
