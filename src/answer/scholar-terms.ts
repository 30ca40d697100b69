/**
 * A scholar's or a translator's words for what the thesis says in its own: "state capacity" is
 * its national governance capacity, a "research design" its methods, the "state of research" its
 * research status. Read as typed, their words are topics the thesis never uses and the question
 * is refused; replaced, they meet the thesis's words. Applied in idioms.ts, in its order.
 */
export const SCHOLARS_TERMS: ReadonlyArray<readonly [RegExp, string]> = [
  // A political scientist's "state capacity" is the thesis's national governance capacity; a
  // "research design" is its methods; "uniquely Chinese" is "with Chinese characteristics", the
  // set phrase; the "official documents" of party politics are its reports.
  [/\bstate\s+capacit(?:y|ies)\b/giu, 'national governance capacity'],
  [/\bresearch\s+designs?\b/giu, 'research methods'],
  // "Theoretical foundations", "underpinnings", "grounding" are its "theoretical basis" (the
  // "foundation of stability" of chapter 4 is no theory's).
  [/\btheoretical\s+(?:foundations?|underpinnings?|grounding|groundwork|footing)\b/giu, 'theoretical basis'],
  // The "state of (the) research", "of the art" is the introduction's "research status" (the
  // "literature" is read as such already, and "state of the" before it would be a topic).
  [/\b(?:current\s+)?state\s+of\s+(?:the\s+)?(?:research|art|scholarship|field|knowledge)\b/giu, 'research status'],
  // "Domestic and foreign scholarship", "foreign and Chinese literature": that status "at home and abroad".
  [/\b(?:domestic|chinese|foreign|western|international|overseas)\s+(?:and|&|or)\s+(?:domestic|chinese|foreign|western|international|overseas)\s+(?:research|studies|scholarship|literature|works?)\b/giu, 'research status at home and abroad'],
  // "What other scholars already wrote (on this)" is that status too; what they wrote of
  // something else ("…about Shanghai") or made of the thesis ("criticisms") is not.
  [/\bwhat\s+(?:(?:have|had|did)\s+)?(?:other|previous|earlier|existing|fellow)?\s*(?:scholars|researchers|academics|authors|writers|others)\s+(?:have\s+|had\s+)?(?:already\s+)?(?:written|wrote|said|found|published|done|studied|argued)(?:\s+(?:on|about)\s+(?:this|it|the\s+(?:topic|subject|question)))?(?=\s*[?？!.]*\s*$)/giu, 'the research status'],
  // A social scientist's "capacity-building" is the thesis's improving of construction quality;
  // "external validity", whether the framework applies.
  [/\bcapacity[\s-]*building\b/giu, 'improving construction quality'],
  [/\b(?:external|internal)\s+validity\b/giu, 'applicability'],
  // "What is new about the study?" asks for its innovations, not for "the new era"; asked whole,
  // as "what are the innovations?", so a reader hears that the text only names them.
  [/^\s*what\s+(?:(?:does|do|did)\s+(?:the\s+)?(?:author|thesis|dissertation|paper|study)\s+(?:claim|say|think|argue|consider)\s+)?(?:is|was)\s+(?:new|novel|original|innovative)\s+(?:about|in)\s+(?:the|this|its|her|his)\s+(?:study|thesis|dissertation|research|work|paper|approach)\b/iu, 'what are the innovations'],
  [/\b(?:new|novel|original|innovative)\s+(?:about|in)\s+(?:the|this|its|her|his)\s+(?:study|thesis|dissertation|research|work|paper|approach)\b/giu, 'the innovations of the thesis'],
  [/\b(?:novelty|originality)\s+of\s+(?:the|this|its|her|his)\s+(?:study|thesis|dissertation|research|work|paper|approach)\b/giu, 'innovations of the thesis'],
  // An "organising principle" is the main idea, not the party's organisations.
  [/\b(?:organi[sz]ing|guiding|underlying)\s+(?:principles?|ideas?|logic)\b/giu, 'main idea'],
  [/\b(?:uniquely|distinctively|specifically|distinctly)\s+chinese\b/giu, 'with Chinese characteristics'],
  [/\b(?:official|party|policy|government|state)\s+documents?\b/giu, 'report'],
  // "Official discourse", "official rhetoric": what is said, not the officials (cadres) saying it.
  [/\bofficial\s+(?=(?:discourse|rhetoric|narratives?|ideology|doctrine|language|terminology|statements?|texts?|sources?)\b)/giu, ''],
  // "Regime stability" is the thesis's stability; "civil-military" (or "paramilitary-civilian")
  // integration in Xinjiang, the corps's with the local government; "boundary conditions", the conditions.
  [/\bregime\s+(?=stability\b)/giu, ''],
  [/\b(?:civil(?:ian)?\s*[-–]?\s*(?:para)?military|(?:para)?military\s*[-–]?\s*civil(?:ian)?)\b/giu, 'corps and local government'],
  [/\bboundary\s+(?=conditions?\b)/giu, ''],
  // "What ontological status does X have?" asks what X is.
  [/\bwhat\s+(?:ontological|epistemological|epistemic|conceptual)\s+status\s+(?:does|do)\s+(.+?)\s+(?:have|hold|enjoy)\b/giu, 'what is $1'],
  // A "party-people" (or "party-public") relation is the thesis's party and masses, joined.
  [/\bparty\s*[-–—/]\s*(?:people|public|citizens?|society|populace)\b/giu, 'party-masses'],
];
