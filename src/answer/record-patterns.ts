/**
 * The phrasings that ask for a field of the thesis's catalogue record ("who wrote it?", "when
 * was it posted?", "作者是谁"), the bare field names ("author?"), and the facts a record may lack
 * ("its supervisor"). Read by record-asked.ts, which decides what a whole question asks.
 */
import type { ThesisMetadata } from '../types.ts';
import { WORK_NOUN } from './work-names.ts';

/** A field of the catalogue record. */
export type Field = keyof ThesisMetadata;

const THE_WORK = String.raw`(?:${WORK_NOUN}|it|this)`;
/** The work itself by a name a reader gives it ("the thesis", "this", "the record"). */
const WORK_NAME = String.raw`(?:${THE_WORK}|record)\b`;
const ARTICLE = '(?:the|this|its|that)';
/**
 * A field asked of something other than the work ("the title of this activity", "the keywords
 * of consultative democracy", "the author of the mass line"): no field of the record. Put after
 * a field's word in a negative lookahead. The article is read whole, never skipped: "the title
 * of the paper" must not pass as "the title of 'the…'".
 */
const OF_OTHER = (prepositions = 'of') => String.raw`\s+(?:${prepositions})\s+(?:${ARTICLE}\s+(?!${WORK_NAME})\p{L}|(?!${ARTICLE}\s)(?!${WORK_NAME})\p{L})`;
/** A level of degree as readers write it: "PhD", "Ph.D.", "doctorate", "master's". */
const DEGREE = String.raw`(?:ph\.?\s?d\b\.?|doctoral\b|doctorate\b|master(?:['’]?s)?\b|bachelor(?:['’]?s)?\b)`;

/** Questions about the thesis as a catalogued work rather than about its content. */
export const INTENTS: ReadonlyArray<readonly [Field, RegExp]> = [
  ['author', new RegExp(String.raw`\bwhose\s+(?:(?:doctoral|phd|research|academic)\s+)?(?:thesis|dissertation|paper|work|study)\b|\bwho(?:\s+is|\s+was|['’]s)?\s+(?:(?:wrote|write|writed|writes|written|authored)\b(?!\s+(?:about|on|of)\b)(?!\s+(?:the\s+|that\s+)?(?:[\p{L}\d-]+\s+){0,4}(?:report|reports|book|article|speech|law|letter|constitution|resolution|document|theory|line)\b)|the\s+(?:author|candidate|writer)(?!['’])\b(?!\s+for\b)(?!${OF_OTHER()}))|\bwho(?:\s+is|\s+was|['’]s)\s+the\s+(?:researcher|scholar|person|student|writer)\s+(?:behind|of)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|work|study|research|it|this)\b|\bwho\s+(?:did|has|had)\s+(?:write|written|wrote)\b|\bwho\s+penned\b|\bwho(?:['’]s|\s+is|\s+was)\s+responsible\s+for\s+(?:the|this)\s+(?:thesis|dissertation|paper|work|study|research)\b|\bwho(?:\s+is|\s+was|['’]s)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|work|study|it|this)\s+by\b|\b(?:author|candidate|writer)\s+of\s+(?:(?:the|this)\s+)?${WORK_NAME}|\bwritten\s+by\b|(?<!\b(?:does|do|did|doesn['’]t|didn['’]t)\s+(?:the\s+|this\s+|its\s+|our\s+)?)\b(?:author|candidate)['’]?s?\s+(?:(?:full|first|last|family)\s+)?(?:name|initials|surname)\b|\bname\s+of\s+the\s+(?:author|candidate)\b(?!['’])|\b(?:which|what)\s+(?:person|scholar|researcher|student)\s+(?:wrote|authored|penned)\b|\bby\s+whom\s+(?:was|is|has|were)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|work|study|research|it|this)\s+(?:been\s+)?(?:written|authored|penned|submitted|done|posted|published)\b|\bby\s+whom\s+and\s+when\b|\bwhen\s+and\s+by\s+whom\b|\b(?:written|authored|penned)\s+by\s+whom\b|\bwho\s+(?:is|was)\s+(?:credited|listed|named|given|recorded)\s+as\s+(?:the\s+)?(?:author|writer|candidate)\b|\bhow\s+(?:is|was)\s+(?:the\s+)?(?:author|writer|candidate)\s+(?:named|listed|given|credited|written|spelled|spelt|recorded)\b|\b(?:only|sole|single|main|lead)\s+(?:authors?|writers?)\b|\bco-?authors?\b|\bhow\s+many\s+(?:authors|writers)\b`, 'iu')],
  // "What title does Xi Jinping hold?", "what's his title?" ask a person's title, not the work's.
  // "Which chapter is closest to the title's idea?" asks a chapter, of which the title is a clue.
  ['title', new RegExp(String.raw`(?<!\b(?:his|her|their)\s+)(?<!\b(?:which|what)\s+(?:chapter|section|part)\b.*)\b(?:title|titled|entitled)\b(?!${OF_OTHER()})(?!\s+(?:does|do|did|is|was|has)\s+(?!(?:the\s+|this\s+)?${WORK_NAME})\p{L})|\bwhat(?:\s+is|['’]s)\s+(?:the|this)\s+${THE_WORK}\s+called\b|\bname\s+of\s+(?:the\s+|this\s+)?${THE_WORK}\b|(?<!\b(?:does|do|did|doesn['’]t|didn['’]t)\s+(?:the|this|that|its)\s+)\b(?:thesis|dissertation|paper)['’]?s?\s+(?:full\s+|official\s+|exact\s+)?name\b`, 'iu')],
  ['datePosted', new RegExp(String.raw`\b${THE_WORK}\s+(?:(?:is|was|has\s+been)\s+)?(?:publish|published|post|posted|written|submit|submitted|release|released)\s+when\b|\b${THE_WORK}\s+(?:was|got)\s+(?:first\s+)?(?:published|posted|submitted|released)\s+(?:in|on)\s+(?:\p{L}+\s+)?\d{4}\b|\bwhen\s+(?:was|is|did)\s+(?:(?:the\s+|this\s+)?(?:thesis|dissertation|paper)\b|(?:the\s+|this\s+)?(?:work|study|it|this)\b(?=\s*(?:[?.!]*$|(?:(?:get|got)\s+)?(?:first\s+)?(?:publish|published|post|posted|write|written|submit|submitted|release|released|complete|completed|finish|finished|done|come\s+out|came\s+out|go\s+online|appear|appeared|from|drop|dropped|land|landed)\b)))(?!\s+defended)|(?<!\b(?:who|whom|which|what|where|how)\b.*)\bwhen\s+(?:the\s+|this\s+)${THE_WORK}\s+(?:is\s+|was\s+|has\s+been\s+)?(?:publish|published|post|posted|written|submit|submitted|release|released|come\s+out|came\s+out)\b|^\s*(?:(?:it|this)\s+(?:was\s+)?)?(?:posted|published|submitted|released|written)\s+when\b|\b(?:what|which)\s+(?:(?:month|day)\s+and\s+)?year\b.*\b(?:thesis|dissertation|posted|published|written|submitted|it)\b|^\s*(?:the\s+|this\s+)?(?:thesis|dissertation|paper|it)\s+(?:is|was)\s+(?:write|written|wrote|writed|publish|published|post|posted|submit|submitted)\s+(?:in|on)\s+(?:what|which)\s+(?:year|date|month)\b|\b(?:date|year)\s+(?:of|was)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|publication|posting|submission)\b|\b(?:publication|posting|submission|release|upload)\s+(?:date|time)\b|\b(?:it['’]s|it\s+is|this\s+is|is\s+it|is\s+this)\s+an?\s+(?:1[89]|20)\d\d\s+(?:dissertation|thesis|paper|work)\b|\bthe\s+(?:year|date|month)\s+(?:it|this|the\s+(?:thesis|dissertation|work|paper))\s+(?:was\s+)?(?:posted|published|written|submitted|released|uploaded|came\s+out)\b|\bhow\s+old\s+is\s+(?:the\s+|this\s+)?(?:thesis|dissertation|paper|work|study|it)\b|\b(?:what|which)\s+date\b.*\b(?:posted|published|submitted|written|record|online|uploaded|released|out|up)\b|\bwhen\s+(?:did|was|has)\s+(?:it|this|the\s+(?:${THE_WORK}|record))\s+(?:go|gone|went|put|been\s+put|appear|appeared|come|came)\s+(?:online|up)\b|\b(?:was|is)\s+(?:it|this|the\s+(?:thesis|dissertation|work|paper))\s+(?:posted|published|submitted|written)\s+(?:in|on|before|after|around)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\b(?:did|has)\s+(?:the\s+(?:author|candidate|writer)|wang|he|she)\s+(?:write|written|finish|finished|complete|completed|submit|submitted|publish|published|post|posted)\s+(?:it|this|the\s+(?:thesis|dissertation|work|paper))\s+(?:in|on|before|after|around|by)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)`, 'iu')],
  ['degree', new RegExp(String.raw`\bwhat\s+(?:academic\s+)?level\s+(?:is|was)\s+(?:the\s+|this\s+)?(?:thesis|dissertation|research|study|work|it|this)\b|\b(?:what|which)\s+(?:(?:kind|sort|type|level)\s+of\s+)?degree\b(?!${OF_OTHER()})|\bwhat(?:['’]s|\s+is|\s+was)\s+(?:the|its)\s+degree\b(?!${OF_OTHER()})|\bdegree\s+(?:is|was)\b|\b(?:is|was)\s+(?:it|this|the\s+\w+)\s+an?\s+${DEGREE}|${DEGREE}\s+or\s+(?:an?\s+)?${DEGREE}`, 'iu')],
  // "What kind of work is this?", not "what kind of work is national unity work?".
  // "What type is it?" too, asked after another part of the record.
  ['type', /\b(?:what|which)\s+(?:type|kind|sort)\s+of\s+(?:document|work|publication|thesis|text)\s+(?:this|it)\s+(?:is|was)\s*[?.!]*$|\b(?:what|which)\s+(?:type|kind|sort)\s+of\s+(?:document|work|publication|thesis|text)(?:\s+(?:is|was)\s+(?:this|it|the\s+(?:thesis|dissertation|paper|document))\b.*)?\s*[?.!]*$|\b(?:what|which)\s+(?:type|kind|sort)\s+(?:is|was)\s+(?:this|it|the\s+(?:thesis|dissertation|paper|document))\s*[?.!]*$/iu],
  // "Is it a doctoral thesis from China?"; not "is the thesis's data from interviews?".
  // "The thesis says the party leads everything — where is this from?", "pluralism of political
  // parties: where is it from?" ask where the claim or the phrase comes from.
  ['country', new RegExp(String.raw`\b(?:which|what)\s+(?:country|nation)\b(?!.*\b(?:compare|compared|compares|comparing|contrast|contrasted|versus|vs|with|besides|other|than)\b)(?=.*\b(?:from|thesis|dissertation|paper|work|it|this|author|candidate|written|submitted)\b)|\b(?:country|nation)\s+of\s+origin\b|\b(?:the|its)\s+country\s+(?:is\s+|was\s+)?(?:listed|given|recorded|shown|entered)\b|(?<!\b(?:says?|said|claims?|writes?|wrote|mentions?|quotes?|states?)\b.*)\bwhere\s+(?:was|is)\s+(?:the\s+|this\s+)?(?:${WORK_NOUN}|(?<![:–—].*)(?:it|this))\s+(?:written|from|submitted)\b|\bwhere['’]s\s+(?:the|this)\s+${WORK_NOUN}\s+(?:written|from|submitted)\b|^\s*(?:is|was)\s+(?:the\s+|this\s+)?${THE_WORK}\s+(?:(?:an?\s+)?(?:[\p{L}'’]+\s+){0,2}(?:thesis|dissertation|paper|work|study)\s+|(?:written|originally)\s+)?from\s+(?!the\b)\p{L}+\s*[?.!]*$`, 'iu')],
  // "Which subject is it in?", "which field does this work belong to?" (or a learner's "what
  // subject this thesis belong?"), not "Which subject has the theory been applied to?" or
  // "which field does the concentric circle come from?".
  ['subject', /\b(?:what|which)(?:\s+is\s+(?:the|its)|['’]s\s+(?:the|its))?\s+(?:(?:academic|doctoral|scholarly)\s+)?(?:subject|discipline|field|major)(?:\s+(?:heading|category|classification))?\b(?=\s*(?:[?.!]|$|is\b|(?:on|in)\s+(?:the\s+|its\s+)?(?:catalogu?e|record|listing|entry)\b|(?:does|do)\s+(?:(?:the|this|its|that)\s+(?:thesis|dissertation|work|paper|study|research|degree|doctorate)|it)\b|(?:the|this)\s+(?:thesis|dissertation|work|paper|study)\s+(?:belongs?|falls?|fits?)\b|of\s+(?:(?:the|this)\s+(?:thesis|dissertation|work|paper|study|record|degree|document|doc)\b|(?:this|it)\s*[?.!]*$)|area\b))|\bsubject\s+area\b|\b(?:work|thesis|dissertation|paper|study|document|doc)['’]s\s+(?:academic\s+)?(?:subject|discipline|field)\b|\bfield\s+of\s+study\b|\bacademic\s+(?:field|discipline)\b|\bdisciplin(?:e|ary)\s+(?:classification|area|field)\b|\b(?:classified|catalogued|filed)\s+(?:under|in|as)\b|\bunder\s+(?:what|which)\s+(?:subject|discipline|field|heading|category)\b/iu],
  // "The identifier of the party's mass work" is no catalogue number.
  ['identifier', new RegExp(String.raw`\b(?:gtid|doi|isbn)\b|\bidentifier\b(?!${OF_OTHER()})|\b(?:id|record|catalog(?:ue)?)\s+(?:number|no\.?)(?!\w)`, 'iu')],
  ['fullText', /\b(?:pdf|full[-\s]text|download)\b|\b(?:read|get|see|find|access)\s+(?:the\s+)?(?:whole|entire|complete|full)\s+(?:thesis|dissertation|text|work)\b/iu],
  ['keywords', new RegExp(String.raw`\bkey\s?words?\b(?!${OF_OTHER('of|for|in')})|\bkey\s+terms\s+(?:listed\s+)?(?:of|for)\s+(?:the|this)\s+(?:thesis|dissertation|paper|work|record)\b|\b(?:search\s+)?tags\b|\b(?:subject|index)\s+terms\b`, 'iu')],
];

/** The same questions asked in Chinese (作者是谁, 什么学位, 关键词…); a date only of the work itself. */
export const HAN_INTENTS: ReadonlyArray<readonly [Field, RegExp]> = [
  // "作者如何找到…" asks how the author finds something: only who the author is asks the record.
  ['author', /作者(?:是谁|是哪|叫什么|的名字|的姓名|姓什么)|谁(?:写|是作者)|^\s*作者\s*[?？]?\s*$/u],
  ['title', /题目|标题|论文名/u],
  ['datePosted', /(?:论文|本文|这篇).{0,8}(?:哪一?年|什么时候|日期)|发表|发布日期/u],
  ['degree', /学位|博士|硕士/u],
  ['subject', /学科|专业/u],
  ['keywords', /关键词|关键字/u],
];

/** Catalogue facts a page may lack; asked about, they get an honest "not recorded". */
export const UNRECORDED: ReadonlyArray<readonly [string, RegExp]> = [
  ['its supervisor', /(?<!\b(?:my|our|your)\s+)\b(?:supervisor|advisor|adviser|tutor)\b|\bsupervis\w*\s+(?:the|this)\s+(?:thesis|dissertation|author|candidate|research|phd)\b|\bwho\s+supervis(?:ed|es)\s*(?:it|this|the\s+(?:thesis|dissertation|author|candidate|research|work|phd))?\s*[?.!]*\s*$|导师/iu],
  // "Which school of thought…" asks a tradition, not where the degree was taken; "which
  // institution has been central in the governance system?" asks the text of one it speaks of.
  ['its university', new RegExp(String.raw`\b(?:which|what)\s+(?:university|uni|college)\b|\b(?:which|what)\s+(?:institution|school)\b(?!\s+of\s+thought\b)(?!\s+(?:has|have|had|is|are|was|were|plays?|played|leads?|led|holds?|held)\s+(?!(?:it|this|the\s+(?:thesis|dissertation|author|candidate|degree))\b))|\bwhere\s+was\s+(?:the\s+|this\s+)?${THE_WORK}\s+(?:written|submitted|defended)\b|\bwhere\s+did\s+(?:the\s+)?(?:author|candidate|\p{L}+)\s+(?:do|get|earn|take|complete|finish)\s+(?:their|his|her|the)\s+(?:phd|doctorate|degree|studies)\b|哪(?:所|个|一所)?(?:大学|学校|院校|高校)|什么(?:大学|学校)`, 'iu')],
  ['its examiners', new RegExp(String.raw`\b(?:who\s+(?:(?:were|was|are|is)(?:\s+on)?|sat\s+on)|names?\s+of|list)\s+(?:the\s+|its\s+)?(?:(?:external\s+|internal\s+)?examiners?|(?:examining|examination)\s+(?:committee|board|panel)|(?:thesis|dissertation|defen[cs]e|doctoral|phd)\s+committee|jury)\b|^\s*(?:the\s+)?examiners\s*[?.!]*\s*$|\bwho\s+(?:examined|assessed|marked|graded|approved|passed)\s+(?:it\b|(?:the\s+|this\s+)?(?:${THE_WORK}|candidate|author)\b)`, 'iu')],
  // "What grade did the thesis get?", "what mark was it given?"; not "what mark has the party
  // left…", "what result has targeted governance achieved?" or "what score does X get among…".
  ['its grade', new RegExp(String.raw`\b(?:what|which)\s+(?:grade|mark|score|result|rating|distinction)\s+(?:did|has|does|was)\s+(?:it|(?:the\s+|this\s+)?(?:${THE_WORK}|candidate|author|defen[cs]e))\s+(?:get|got|receive|received|earn|earned|obtain|obtained|achieve|achieved|given|awarded)\b|\b(?:what|which)\s+(?:grade|mark|score|rating)\s+was\s+(?:it\s+)?(?:given|awarded)\b|^\s*(?:its\s+|the\s+)?(?:grade|mark|score)\s*[?.!]*\s*$`, 'iu')],
  ['its defence date', /\bwhen\b.*\b(?:defended|defen[cs]e|viva)\b|\b(?:defen[cs]e|viva)\s+date\b/iu],
  ['other works by its author', /\bother\s+(?:theses|dissertations|works|papers|books|publications|articles)\b|\b(?:wang['’]s|(?:the\s+)?(?:author|candidate|writer)['’]s|his|her|their)\s+(?:earlier|previous|prior|other|later)\s+(?:work|works|papers|books|publications|research|studies|articles)\b|\bwhat\s+else\s+(?:has|have|did|does|do)\s+(?:[\p{L}.]+\s+){1,3}?(?:written|write|published|publish)\b|\b(?:has|have|did)\s+(?:[\p{L}.]+\s+){1,3}?(?:written|write|published|publish)\s+any(?:thing)?\s+else\b/iu],
  // "Who's it for?", "who is the intended audience?": readers the record never names.
  ['its intended readers', new RegExp(String.raw`^\s*(?:and\s+|so\s+)?who(?:['’]s|\s+is)\s+(?:the\s+|this\s+)?${THE_WORK}\s+(?:written\s+|meant\s+|intended\s+)?for\s*[?.!]*\s*$|\b(?:intended|target)\s+(?:audience|readers?|readership)\b`, 'iu')],
  // "Who published it?": a thesis posted online has an author and a date, but no publisher named.
  ['its publisher', new RegExp(String.raw`\bpublishers?\b|\bpublishing\s+house\b|^\s*(?:and\s+|so\s+)?who\s+(?:published|publishes|printed)\s+(?:it|this|the\s+(?:${THE_WORK}))\s*[?.!]*\s*$|\bpublished\s+by\s+(?:whom|who)\b`, 'iu')],
  ['its length', /\bhow\s+many\s+pages\b|\bhow\s+long\s+is\s+(?:the|this)\s+(?:thesis|dissertation)\b/iu],
  // "Is the full text in English?", "what language is it written in?": the record names none.
  ['the language of its full text', new RegExp(String.raw`\b(?:what|which)\s+language\b|\b(?:is|was)\s+(?:the\s+|this\s+|its\s+)?(?:full\s+text|original|${THE_WORK})\s+(?:written\s+)?in\s+(?:english|chinese|mandarin|uyghur|uighur)\b|\b(?:english|chinese)\s+(?:version|translation|edition)\b`, 'iu')],
  [
    'facts about its author beyond the name',
    /\b(?:doctoral|phd|ph\.d\.?|graduate|postgraduate)\s+(?:program(?:me)?s?|studies|school)\b|\b(?:is|was)\s+the\s+(?:author|candidate|writer)\s+an?\s+\p{L}+|\b(?:author|candidate|writer)['’]s\s+(?:(?:current|present|former|previous|academic|professional)\s+)?(?:background|age|biography|affiliation|nationality|ethnicity|job|career|gender|occupation|profession|position|employer|education|hometown|family|parents|spouse|wife|husband|children|life|e-?mail(?:\s+address)?|contact(?:\s+details)?|phone(?:\s+number)?|website|homepage|(?:political|religious|personal|party)\s+(?:views?|beliefs?|opinions?|leanings?|affiliations?|stance|membership))\b|\bhow\s+(?:can|do|could)\s+i\s+(?:contact|reach|email|e-mail|write\s+to)\s+(?:the\s+)?(?:author|candidate|writer)\b|\bwhat\s+does\s+the\s+(?:author|candidate)\s+do\s+for\s+a\s+living\b|\bwhat\s+(?:did|does|has)\s+the\s+(?:author|candidate|writer)\s+(?:do|done)\s+(?:before|after|since|outside|besides)\b|\bhow\s+old\s+(?:is|was)\s+the\s+(?:author|candidate)\b|\bwhere\s+(?:is|does|did|was|do)\s+the\s+(?:author|candidate)\s+(?:from|come\s+from|work|live|teach|study|born)\b|\bthe\s+(?:author|candidate|writer)\s+(?:worked|works|lived|lives|taught|teaches|served|was\s+born)\s+(?:in|at|for|as)\b|\bthe\s+(?:author|candidate|writer)\s+(?:later\s+|then\s+|since\s+|eventually\s+)?(?:became|becomes|joined|moved)\b|\b(?:what\s+else|anything\s+else|what\s+more|more)\b[^()]*\babout\s+(?:the\s+(?:author|candidate|writer)\b|(?:him|her|them)\b[^()]*\([^()]*\b(?:author|candidate|writer|wrote)\b)/iu,
  ],
];

/** A kind of work, as a reader guesses it: "a doctoral dissertation", "a journal article". */
const PLAIN_KIND = String.raw`(?:dissertation|thesis|book|monograph|(?:journal\s+)?article|paper|report)`;
const KIND = String.raw`(?:(?:doctoral|phd|master['’]?s)\s+)?${PLAIN_KIND}`;

/** A question of one word or two naming a field ("author?", "which year?"). */
export const BARE: ReadonlyArray<readonly [Field, RegExp]> = [
  ['author', /^(?:the\s+)?(?:author|writer|candidate)$|^who$/iu],
  // "Is the author named Wang?", "is Li the author?", "the author is called what?": the record's
  // name answers, whatever name is guessed; "is Xi the author of the report?" asks of another work.
  ['author', /^(?:is|was)\s+(?:the\s+|its\s+)?(?:author|writer|candidate)(?:['’]s\s+(?:(?:full|first|last|family)\s+)?name|\s+(?:named|called|listed\s+as|given\s+as))\s+\p{L}[\p{L}.\s]*$/iu],
  ['author', /^(?:is|was)\s+(?!(?:it|this|that|the|he|she|they)\b)\p{L}[\p{L}.]*(?:\s+\p{L}[\p{L}.]*){0,2}\s+(?:the|its)\s+(?:author|writer|candidate)(?:\s+of\s+(?:the|this)\s+(?:thesis|dissertation|paper|work))?$/iu],
  ['author', /^(?:the\s+)?(?:author|writer|candidate)\s+(?:is|was)\s+(?:named|called)\s+what$/iu],
  ['title', /^(?:the\s+)?(?:full\s+)?title$/iu],
  ['datePosted', /^(?:in\s+|on\s+)?(?:(?:which|what)\s+|the\s+|its\s+)?(?:(?:pub|publication|publishing|posting|release)\s+)?(?:year|date)$|^when$|^date\s+(?:published|posted|released)$/iu],
  ['degree', new RegExp(String.raw`^(?:(?:which|what)\s+|the\s+|its\s+)?(?:(?:kind|type|sort|level)\s+of\s+)?degree$|^(?:an?\s+)?${DEGREE}(?:\s+(?:thesis|dissertation|degree))?$`, 'iu')],
  ['subject', /^(?:(?:what|which)(?:['’]s|\s+is)\s+)?(?:the\s+|its\s+)?(?:subject|discipline|field)$/iu],
  // "What are the key terms?" asked whole, of nothing else, is the record's keywords.
  ['keywords', /^(?:(?:what|which)\s+are\s+)?(?:the\s+|its\s+)?(?:key\s?words|tags|key\s+terms|main\s+terms)$/iu],
  // "Is it a dissertation?", "is this a dissertation or a journal article?": the record's type answers.
  ['type', new RegExp(String.raw`^(?:is|was)\s+(?:it|this)\s+an?\s+${KIND}(?:\s+or\s+(?:an?\s+)?${KIND})?$`, 'iu')],
  // "Dissertation or thesis, which is it?"; a degree named ("or a master's thesis?") is asked too, by the cues.
  ['type', new RegExp(String.raw`^(?:an?\s+)?${PLAIN_KIND}\s+or\s+(?:an?\s+)?${PLAIN_KIND}(?:\s*[,:;-]*\s*(?:which|what)\s+is\s+it)?$`, 'iu')],
  ['country', /^(?:(?:in|from)\s+)?(?:(?:which|what)\s+|the\s+|its\s+)?(?:country|nation)(?:\s+of\s+origin)?$/iu],
  // "Is the subject party building?": the record's subject answers, whatever is guessed.
  ['subject', /^(?:is|was)\s+(?:the|its)\s+(?:subject|discipline|field)(?:\s+of\s+(?:the\s+)?(?:thesis|dissertation|work))?\s+\p{L}+/iu],
  // "Is the dissertation from 2021 (or 2020)?", "does it date from 2021?": the date posted answers, whatever year is guessed.
  ['datePosted', /^(?:(?:is|was)\s+(?:it|this|the\s+(?:thesis|dissertation|paper|work))\s+(?:from|of|dated)|(?:(?:does|did)\s+)?(?:it|this|the\s+(?:thesis|dissertation|paper|work))\s+dat(?:e|es|ed)\s+(?:from|to|back\s+to))\s+(?:(?:early|late|mid)\s+)?(?:\p{L}+\s+)?(?:1[89]|20)\d\d(?:\s+or\s+(?:1[89]|20)\d\d)?$/iu],
  // "2020 or 2021?", "is it 2020 or 2021?": two years offered, nothing else asked.
  ['datePosted', /^(?:(?:is|was)\s+(?:it|this)\s+)?(?:1[89]|20)\d\d\s*(?:or|\/)\s*(?:1[89]|20)\d\d$/iu],
  // "Is it from China?": one word after, so "is it from the party?" is not ("written in Urumqi?" asks of the text).
  ['country', /^(?:is|was)\s+(?:it|this|the\s+(?:thesis|dissertation|paper|work))\s+from\s+(?!the\b)\p{L}+$/iu],
];
