import { ASKING_FRAMES } from './asking-frames.ts';
import { ASIDE_FRAME, EFFORT_FRAME, HELP_FRAME, LENGTH_FRAME, REQUEST_FRAME, TRUTH_FRAME } from './asker-frames.ts';
import { FUTURE_TIME } from './pattern-kinds.ts';
import { BRING_UP_FRAME, COMES_FRAME, GROUNDS_FRAME, GUIDES_FRAME, HAPPEN_FRAME, MEASURES_FRAME, RESULT_FRAME, STEPS_FRAME, TURNS_UP_FRAME, UNFOLLOWED_FRAME, WORKS_FRAME, HANDLED_FRAME } from './verb-frames.ts';

/**
 * "Key", "new", "main", "strongest" frame a question when they qualify what is asked for ("the key
 * findings", "its new contributions", "the strongest evidence"), not when they are the topic ("the key to community
 * governance", "a new way of mass work", "the strongest driving force").
 */
const KEY_FRAME = /\b(?:key|new|novel|original|main|major|important|significant|principal|primary|chief|big|overarching|core|strongest|best|clearest|weakest)\s+(?=(?:findings?|points?|themes?|ideas?|arguments?|takeaways?|messages?|contributions?|conclusions?|results?|claims?|concepts?|terms?|evidence|proof)\b)/giu;

/** "What kind of model…" asks about the model; the kind is what the answer gives. */
const KIND_FRAME = /\b(?:kinds?|sorts?|types?)\s+of\b/giu;

/**
 * The same frame in Chinese. Han text is searched by characters and pairs, so these are taken
 * out of the question as strings, before it is split ("总结" would leave "总" and "结").
 */
const HAN_GENERIC = /讲|说|谈|讨论|介绍|阐述|论述|内容|主要|关于|总结|概括|概述|观点|认为|研究/gu;

/**
 * "The whole thesis", "the entire paper", "the overall conclusion", "the end goal", "the whole
 * circle thing", "the big picture": the work or thing itself, asked about as a whole ("the overall
 * situation" and "the whole process" are topics).
 */
const WHOLE_FRAME =
  /\b(?:whole|entire|overall)\s+(?=(?:thesis|dissertation|paper|work|study|book|text|abstract|research|thing)\b)|\boverall\s*(?=[?.!]*\s*$)|\b(?:overall|end|ultimate|final)\s+(?=(?:conclusions?|arguments?|messages?|points?|findings?|results?|aims?|goals?|purposes?|themes?|ideas?|contributions?|takeaways?|verdicts?|judg(?:e)?ments?|assessments?)\b)|\bas\s+a\s+whole\b|\bbig[\s-]+picture\b|(?<=\b(?:the|this|that)\s+)whole\s+(?=(?:\p{L}+\s+){1,2}thing\b)/giu;

/**
 * "Everything" is a topic when the party "leads everything", a frame in "tell me everything
 * about chapter 3" or "summarise everything".
 */
const EVERYTHING_FRAME =
  /\b(?:tell\s+me|explain|summari[sz]e|show\s+me|list|give\s+me)\s+everything\b|\beverything\s+(?=(?:about|on|regarding|concerning|you|i|we|there|that\s+(?:is|was|you|the|it|this))\b)/giu;

/**
 * "The focus of chapter 3", "what does it focus on", "how do they differ in focus": the
 * asking. "The focus of mass work" (a phrase of the thesis), "the focus of work", is a topic.
 */
const FOCUS_FRAME =
  /\b(?:main\s+)?focus(?:es)?\s+of\s+(?=(?:the\s+|this\s+)(?:thesis|dissertation|paper|work|study|research)\b|(?:thesis|dissertation|paper|study|research|it|this)\b|\s*[?.!]?\s*$)|\bfocus(?:es|ed|ing)?\s+on\b|\bmain\s+focus\b|\b(?:its|the)\s+focus\s*[?.!]*\s*$|\bin\s+(?:their\s+|its\s+)?focus\b/giu;

/** "The stated purpose", "its declared aim": the purpose is asked for; "stated" is no topic ("monarch state people" is). */
const STATED_FRAME = /\b(?:stated|declared|professed|explicit|avowed)\s+(?=(?:purposes?|aims?|goals?|objectives?|intentions?|arguments?|claims?|thesis|focus)\b)/giu;

/**
 * "Findings", "the main finding", a bare "main finding?" ask for results; as a stem it would take "find" ("finds the
 * common denominator") with it. "Finding the denominator", a verb, stays.
 */
const FINDINGS_FRAME = /\b(?:key\s+|main\s+)?findings\b|(?<=\b(?:the|its|a|their|his|her)\s+(?:(?:key|main|central|major|principal|primary|chief|core|big|overall)\s+)?)finding\b(?!\s+(?:the|out|a|an)\b)|(?<=(?:^\s*|[:–—-]\s*|\b(?:key|main|central|major|principal|primary|chief|core|big|overall)\s+))finding(?=\s*[?.!]*\s*$)/giu;

/**
 * "How does the dissertation operationalise…": the asking. As a stem, "operationalize" would
 * be "operation", which may be a topic.
 */
const OPERATIONALISE_FRAME = /\boperationali[sz](?:e|es|ed|ing|ation)\b/giu;

/**
 * "What is the radius supposed to stand for?", "what does the centre represent?": asking what
 * something signifies is the asking; the thing is the topic. The past participle is left:
 * "which minority is most represented in the party?" is about representation.
 */
const SIGNIFY_FRAME =
  /\b(?:supposed|meant|intended)\s+to\b|\b(?:stands?|stood)\s+for\b|\b(?:represents?|symboli[sz]es?|signif(?:y|ies)|denotes?|embod(?:y|ies))\b/giu;

/**
 * "Why is leadership called the core…", "what is regarded as the key…", "does the author see
 * the circle as fixed?", "what does it name as the core?": what something is called or taken
 * for asks what it is; the thing and its name are the topic.
 */
const NAMING_FRAME =
  /\b(?:called|termed|dubbed|deemed|considered|(?:described|regarded|seen|viewed)\s+as)\b|\b(?:see|sees|view|views|regard|regards|treat|treats|consider|considers|name|names)\b(?=(?:\s+[\w'’"“”-]+){0,5}?\s+as\b)/giu;

/**
 * "The thesis's view on ancient rule", "its stance on…", "as the author sees it": asking what it says. The verb is left:
 * in "how do Western scholars view the mass line?" the viewers are what is asked about.
 */
const VIEW_FRAME = /\b(?:point\s+of\s+)?views?\s+(?:on|of|about|regarding|towards?)\b|\bas\s+(?:the\s+)?(?:author|writer|thesis|paper|study|it|they|he|she|wang)\s+(?:sees|saw|puts|put|understands|understood)\s+(?:it|things|them)\b|\bin\s+(?:the\s+)?(?:author|writer|thesis)['’]s\s+eyes\b|\b(?:stance|standpoint|position)\s+(?:on|about|regarding|towards?)\b/giu;

/**
 * "How is Urumqi described in relation to Xinjiang?", "with regard to", "with respect to", "the
 * party's relationship to other organisations": a link between the topic's words, not the
 * thesis's "relationship between the party and the masses" nor "a harmonious relationship with cadres",
 * which "its relationship with the masses" asks about.
 */
const REGARD_FRAME = /\b(?:in|with)\s+(?:relation|respect|regard|reference)\s+to\b|\bas\s+regards\b|(?<=(?:\p{L}['’]s?|\b(?:its|their|his|her))\s+)relationships?\s+(?=(?:to|towards?)\b)/giu;

/** "The common thread", "the thread running through the chapters": the theme of the whole, not "common denominator" or "run through". */
const THREAD_FRAME = /\b(?:common\s+|main\s+|central\s+)?threads?\b(?:\s+(?:that\s+|which\s+)?(?:runs?|running|ran)\s+through\b)?/giu;

/**
 * "Does it mention the party by name?", "which congress, by number?": how it is named, not a
 * topic word (answer-type.ts reads "by name"); nor is "name" in "does the introduction name the
 * research methods?" (unlisted.ts reads whether they are given), nor the closing verb of
 * "which methods are named?", "what methods does it list?" ("what is its name?" keeps its noun).
 */
const BY_NAME_FRAME = /\bby\s+(?:name|number)\b|(?<=^\s*(?:(?:and|so|but)\s+)?(?:does|do|did)\s+(?:(?:the|this|its)\s+)?(?:[\p{L}\d]+\s+){0,2}?)(?:name|list|specify|enumerate|identify)\b|(?<=^\s*(?:(?:and|so|but)\s+)?(?:what|which)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+[^s\s'’]s\s+(?:does|do|did|is|are|was|were)\s+(?:\S+\s+){0,3}?)(?<!\b(?:the|its|a|an|his|her|their|whose|\p{L}+['’]s)\s)(?:name|named|list|listed|specify|specified|enumerate|enumerated|identify|identified)(?=\s*[?.!]*\s*(?:\(|$))/giu;

/** "What is the name of the framework?": its name is what is asked for (answer-type.ts), the framework the topic. */
const NAME_OF_FRAME = /\bnames?\s+of\b/giu;

/** "…, per the thesis's definitions?", "by its definition", "as the author defines it": whose sense is asked, not a topic. */
const DEFINED_BY_FRAME = /\b(?:per|by|in|according\s+to|going\s+by)\s+(?:(?:the|this)\s+(?:thesis|dissertation|paper|author|writer|text|abstract)['’]s?|its|his|her|their)\s+(?:own\s+)?definitions?\b|\bas\s+(?:(?:the|this)\s+(?:thesis|dissertation|paper|author|writer|text|abstract)|it|she|he)\s+defines\s+(?:it|them)\b/giu;

/** "Which leader…", "what official…": a "who" asked by the kind of person, whose post the text may not name. */
const WHO_FRAME = /\b(?:which|what)\s+(?:leaders?|officials?)\b/giu;

/** "The writer", "the candidate", "the researcher": the author by another name, no topic. */
export const AUTHOR_ROLES = String.raw`(?:the|this)\s+(?:writer|candidate|researcher|(?:doctoral|phd)\s+(?:candidate|student))`;
const AUTHOR_ROLE_FRAME = new RegExp(String.raw`\b${AUTHOR_ROLES}\b(?!['’]?s\b)`, 'giu');

/** "How long did community development take / last?": a span asked for, not the thesis's "long-term" ("how long is a term?" keeps its "long"). */
const HOW_LONG_FRAME = /(?<=\bhow\s+)long\b(?=.*\b(?:take|takes|took|taken|last|lasts|lasted)\s*[?.!]*\s*$)|(?<=\bhow\s+long\b.*)\b(?:take|takes|took|taken|last|lasts|lasted)\b(?=\s*[?.!]*\s*$)/giu;

/** "Which page talks about the radius?": a place asked for (the text has no pages), not a topic. */
const PAGE_FRAME = /(?<=\b(?:which|what)\s+)pages?\b/giu;

/**
 * "Pick a sentence from the introduction", "what stands out in chapter 3?", "the crux of chapter
 * 6", "something interesting from chapter 4", "the most surprising claim": what a section chiefly
 * says ("what did the author find surprising?" asks a feeling, and keeps its word), asked by words the text need not use ("crux" would be read as
 * the thesis's "key", "pick" as its "choose").
 */
const GIST_FRAME = /(?<=\b(?:something|anything)\s+)(?:interesting|surprising|memorable|notable|striking|remarkable|fascinating)\b|\b(?:interesting|surprising|memorable|notable|striking|remarkable|fascinating)(?=\s+(?:claims?|points?|parts?|things?|ideas?|lines?|sentences?|quotes?)\b)|\bpick(?=\s+(?:a|one)\s+(?:sentence|quote|line)\b)|\bstands?\s+out(?=\s+in\b)|\bcrux(?=\s+of\s*(?:(?:the\s+)?(?:chapter|ch\b|section|introduction|intro|overview|thesis|abstract)\b|(?:the\s+)?[?？.!]*\s*$))/giu;

/**
 * "In the future", "going forward", "later on", a closing "later" or "…go next": when, asked by the answer's
 * tense (answer-type `future`), not a topic.
 */
const FUTURE_FRAME = new RegExp(String.raw`${FUTURE_TIME}|\blater\s+on\b|\blater(?=\s*[?.!]*$)|(?<=\bwhat(?:['’]s|\s+is|\s+comes)\s+)next\b(?!\s+(?:chapter|section|part)\b)|(?<=\b(?:go|goes|come|comes|happen|happens)\s+)next(?=\s*[?.!]*$)`, 'giu');

/** Phrases that frame a question rather than name its topic, in the order they are taken out. */
const FRAMES = [HAN_GENERIC, FUTURE_FRAME, KEY_FRAME, KIND_FRAME, TRUTH_FRAME, EVERYTHING_FRAME, WHOLE_FRAME, REQUEST_FRAME, FOCUS_FRAME, FINDINGS_FRAME, LENGTH_FRAME, OPERATIONALISE_FRAME, STATED_FRAME, SIGNIFY_FRAME, ASIDE_FRAME, NAMING_FRAME, VIEW_FRAME, STEPS_FRAME, MEASURES_FRAME, GIST_FRAME, HAPPEN_FRAME, WORKS_FRAME, HANDLED_FRAME, HELP_FRAME, PAGE_FRAME, HOW_LONG_FRAME, NAME_OF_FRAME, DEFINED_BY_FRAME, TURNS_UP_FRAME, BRING_UP_FRAME, REGARD_FRAME, WHO_FRAME, AUTHOR_ROLE_FRAME, GUIDES_FRAME, GROUNDS_FRAME, UNFOLLOWED_FRAME, EFFORT_FRAME, RESULT_FRAME, COMES_FRAME, THREAD_FRAME, BY_NAME_FRAME, ...ASKING_FRAMES];

/** The question with its framing phrases ("true or false:", "what kind of", "the whole thesis") taken out. */
export function withoutFrames(question: string): string {
  return FRAMES.reduce((text, frame) => text.replace(frame, ' '), question);
}
