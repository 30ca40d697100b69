import { withOneLineGist } from './one-line-gist.ts';
import { ASKED_FORMS } from './asked-forms.ts';
import { ASKING_IDIOMS } from './asking-idioms.ts';
import { PINYIN_TERMS } from './pinyin-terms.ts';
import { PLAIN_PHRASES } from './plain-phrases.ts';
import { QUESTION_SHAPES } from './question-shapes.ts';
import { SCHOLARS_TERMS } from './scholar-terms.ts';

/**
 * Idioms readers use for a plain idea, each with the plain words for it: "on the same page" is
 * agreement, "an even keel" is stability, "bridging the gap" is connecting. Read as they are,
 * their words ("keel", "nuts", "bolts") are topics no text uses, and the question is refused;
 * read plainly, they meet the words a scholar writes. Only whole idioms are replaced, so a
 * "page" or a "line" on its own stays what it is.
 */
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  ...ASKING_IDIOMS,
  ...PLAIN_PHRASES,
  [/\bbridg(?:e|es|ed|ing)\s+the\s+(?:gap|gaps|divide)\b/giu, 'connect'],
  // "Getting closer to the residents" is the party's links with the masses, not nearness.
  [/\b(?:get|gets|got|getting|grow|grows|grew|growing|draw|draws|drew|drawing|move|moves|moved|moving|come|comes|came|coming|stay|stays|stayed|staying)\s+(?:much\s+)?closer?\s+to\b/giu, 'connect with'],
  // "The nuts and bolts of the system" is the system, asked how it works.
  [/\b(?:the\s+)?nuts\s+and\s+bolts(?:\s+of)?\b/giu, ' '],
  [/\b(?:(?:its|their|his|her|a|the)\s+)?fingers?\s+on\s+the\s+pulse\b/giu, 'contact'],
  [/\bon\s+the\s+same\s+page\b/giu, 'in agreement'],
  [/\bsee(?:s|ing)?\s+eye\s+to\s+eye\b|\bsaw\s+eye\s+to\s+eye\b/giu, 'reach agreement'],
  [/\b(?:on\s+)?an\s+even\s+keel\b/giu, 'stable'],
  [/\bgame\s*-?\s*plan\b/giu, 'strategy'],
  [/\bgo(?:es|ing)?\s+it\s+alone\b|\bwent\s+it\s+alone\b/giu, 'act separately'],
  // Not "the last word": "the last word of chapter 2" is a word.
  [/\b(?:the\s+)?(?:final|last)\s+say\b|\bthe\s+driver['’]s\s+seat\b/giu, 'the leading role'],
  [/\bcall(?:s|ed|ing)?\s+the\s+shots\b/giu, 'leads'],
  [/\b(?:a\s+)?two\s*-?\s*way\s+street\b|\bgive\s+and\s+take\b/giu, 'interaction'],
  [/\bat\s+odds\b/giu, 'in contradiction'],
  // "What is central to governance?" asks its key; the thesis's "central" is the central level.
  [/\b(is|are|was|were)\s+central\s+to\b/giu, '$1 the key to'],
  // "Moved into communities", "went into villages": the thesis's members "entered" them.
  [/\b(?:move|moves|moved|moving|went|go|goes|going|gone)\s+(?:in)?to\s+(?=(?:the\s+|urban\s+|local\s+)*(?:communities|community|villages|neighbou?rhoods|homes|households|grass[\s-]?roots)\b)/giu, 'entered '],
  // Cadres sent "to live among the residents" are the thesis's visiting the people.
  [/\b(?:live|lives|lived|living|stay|stays|stayed|staying)\s+(?:among|alongside)\s+(?:the\s+)?(?:residents|people|masses|locals|villagers|families|households)\b/giu, 'visit the people'],
  // "The circle image", "the circle motif": the circle itself, whose picture is no topic.
  [/\b((?:concentric\s+)?circles?)\s+(?:image|imagery|motif|picture)\b/giu, '$1'],
  // "Why circles and not some other shape?": an alternative left unnamed gives nothing to look
  // for, so the question asks why the one named; "not a square" names one and stays.
  [/[,\s]*\b(?:and\s+not|but\s+not|not|rather\s+than|instead\s+of|over)\s+(?:some|any|an?|the)\s+other\s+(?:\w+)(?=\s*(?:lol|lmao)?\s*[?.!]*\s*$)/giu, ''],
  // Hyphenated, "co-opted" leaves "co" and "opted" as words the thesis never writes.
  [/\bco-opt(s|ed|ing)?\b/giu, 'absorb$1'],
  // "The analytic frame" is the thesis's "analysis framework".
  [/\banalytic(?:al)?\s+frame(?:work)?s?\b/giu, 'analysis framework'],
  // "Ethnic cleavages", "ethnic lines": the ethnic groups the thesis names, not a divide of its own.
  [/\bethnic\s+(?:cleavages?|divides?|divisions?|lines|boundaries)\b/giu, 'ethnic groups'],
  // "Its diverse peoples", "the many nationalities": the masses of all ethnic groups.
  [/\b(?:diverse|many|various|different|multiple)\s+(?:peoples|nationalities|ethnicities)\b/giu, 'all ethnic groups'],
  // "Branches get better how?": they improve.
  [/\b(?:get|gets|got|getting|gotten|become|becomes|became)\s+better\b/giu, 'improve'],
  // "Join forces with": form a joint force, not "join" as taking part (consultation's word).
  [/\bjoin(?:s|ed|ing)?\s+forces\b/giu, 'form a joint force'],
  // "Entered in huge numbers": many did, which the question's "how many" asks already.
  [/\bin\s+(?:huge|large|great|big|vast|massive|enormous|such|record)\s+numbers\b/giu, ' '],
  // "Sending huge numbers of cadres": sending cadres, many of them; the numbers are no topic.
  [/\b(?:huge|large|great|big|vast|massive|enormous)\s+numbers\s+of\s+/giu, ''],
  // The "smallest unit" or "building block" of rule is its basic unit; the "lowest level" of
  // democracy, the grass roots. Other smallest things are rankings the thesis never makes.
  [/\b(?:smallest|tiniest|most\s+basic)\s+(?:units?|building\s+blocks?|cells?|parts?)\b/giu, 'basic unit'],
  [/\b(?:the\s+)?lowest\s+(?:levels?|tiers?|rungs?)\b/giu, 'the grass-roots level'],
  // "In all directions" is the thesis's "in the East, West, North and south".
  [/\b(?:in\s+)?(?:all|every)\s+directions?\b|\b(?:in\s+)?all\s+four\s+directions\b/giu, 'in the East, West, North and south'],
  // "Decision-making" by residents is the thesis's consultation and discussion; "the ideas
  // behind" a study, its theoretical basis; people kept "on side", united with.
  [/\bdecision[\s-]*making\b/giu, 'consultation and discussion'],
  [/\b(?:the\s+)?(?:ideas?|thinking|theory|theories)\s+behind\s+(?:the|this|its)\s+(?:study|thesis|dissertation|research|paper|work)\b/giu, 'the theoretical basis of the paper'],
  [/\b(?:keep|keeps|kept|keeping|get|gets|got|getting|bring|brings|brought|bringing)\s+((?:[\p{L}'’-]+\s+){1,3}?)on\s+(?:side|board|their\s+side|its\s+side)\b/giu, 'unite with $1'],
  // Countries and bodies by their capitals, spelled out so they are names the thesis never
  // writes: "the US" is no "us".
  [/\bthe\s+(?:US|USA|U\.S\.(?:A\.)?)(?![\p{L}.])/gu, 'the United States'],
  [/\bthe\s+UK\b/gu, 'the United Kingdom'],
  [/\bthe\s+EU\b/gu, 'the European Union'],
  [/\bthe\s+UN\b/gu, 'the United Nations'],
  // Going "door to door" is the thesis's visiting the people (a "door-to-door style" is no name
  // it gives: its style is "point-to-point").
  [/\b(?:go(?:es|ing)?|went|gone)\s+door[\s-]+to[\s-]+door\b/giu, 'visit the people'],
  [/\bdoor[\s-]*knocking\b|\bknock(?:s|ed|ing)?\s+on\s+(?:people['’]s\s+|residents['’]\s+)?doors\b/giu, 'visiting the people'],
  // "What does it take for X to…" asks the premise on which X can.
  [/\bwhat\s+(?:does|did|would)\s+it\s+take\s+for\s+((?:[\p{L}'’-]+\s+){1,5}?)to\s+/giu, 'under what premise can $1'],
  // "How is chapter 2 organised?" asks what the chapter does, not about the party's organisations.
  [/^\s*how\s+(?:is|was)\s+((?:chapter|ch\.?)\s*\S+|the\s+(?:\S+\s+)?chapter|the\s+introduction)\s+(?:organi[sz]ed|structured|laid\s+out|arranged|built\s+up)\s*\??\s*$/giu, 'summarize $1'],
  // "What is the structure of chapter 5?" asks the same; "the structure of Party branches" does not.
  [/^\s*what(?:['’]s|\s+is|\s+was)\s+the\s+(?:structure|layout|organi[sz]ation|outline)\s+of\s+((?:chapter|ch\.?)\s*\S+?|the\s+(?:\S+\s+)?chapter|the\s+introduction)\s*\??\s*$/giu, 'summarize $1'],
  // Western "party competition" is the thesis's "pluralism of political parties".
  [/\b(?:multi-?party|inter-?party|party|electoral)\s+competition\b/giu, 'pluralism of political parties'],
  // "In plain English" asks for a plain answer; its "English" is no language the thesis speaks of.
  [/\bin\s+(?:plain|simple|everyday|lay(?:man['’]?s|person['’]?s)?)\s+(?:english|terms|language|words)\b/giu, ' '],
  // "As large as possible" is the largest: "draws the largest circle".
  [/\bas\s+(?:large|big|wide|great)\s+as\s+(?:possible|can\s+be|it\s+can\s+be)\b/giu, 'largest'],
  [/\bpav(?:e|es|ed|ing)\s+the\s+way\b/giu, 'lay the foundation'],
  [/\b(?:step|steps|stepped|stepping|ramp|ramps|ramped|ramping)\s+up\b/giu, 'strengthen'],
  [/\brank\s*-?\s*and\s*-?\s*file\b/giu, 'ordinary'],
  [/\b(?:on|at)\s+the\s+front\s*-?\s*lines?\b|\bfront\s*-?\s*line\b/giu, 'at the grass-roots level'],
  [/\bstreet\s*-?\s*level\b/giu, 'grass-roots level'],
  // The party's "fine styles" are as often translated "good (work) styles" or "good habits".
  [/\b(?:good|excellent|fine)\s+(?:work(?:ing)?\s+)?(?:styles?|habits?)\b/giu, 'fine styles'],
  [/\bkeep(?:s|ing)?\s+a\s+lid\s+on\b|\bkept\s+a\s+lid\s+on\b/giu, 'solve'],
  ...SCHOLARS_TERMS,
  ...PINYIN_TERMS,
  // What is "special" or "unique" about a thing is how it differs, or goes beyond the general rule.
  // ("What stands out in chapter 3?" asks what the chapter chiefly says.)
  [/\b(?:special|unique|distinctive|exceptional)(?:\s+(?:case|example))?\b|\bstands?\s+out\b(?!\s+in\s+(?:chapter|ch\b|the\s+(?:intro|introduction|overview|abstract|thesis)))/giu, 'different from the general rule'],
  // "What picture does chapter 4 paint of mass work?" asks what it says of it.
  [/\bwhat\s+(?:picture|image)\s+(does|do|did)\s+(.+?)\s+paint\s+of\b/giu, 'what $1 $2 say about'],
  // Where a study is "based", "conducted" or "done" is where it studies its subject.
  [/\bwhere\s+(?:is|was|were|are|has)\s+(?:the\s+|this\s+|its\s+|her\s+|his\s+)?(?:thesis|dissertation|research|study|paper|work|fieldwork|case\s+study|analysis)\s+(?:been\s+)?(?:based|set|conducted|done|carried\s+out|situated|located|focused|centred|centered)\b/giu, 'which city does the thesis study'],
  // "Which path comes third?" asks for the third path, as "what is the third path?" does.
  [/^\s*which\s+([\p{L}-]+)\s+(?:comes|came|is|was|stands|ranks)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|last)\s*(?=[?.!]*\s*$)/giu, 'what is the $2 $1'],
  // What a thing is "not the same as" is what it differs from.
  [/\b(?:isn['’]t|aren['’]t|wasn['’]t)\s+the\s+same\s+as\b/giu, 'is different from'],
  [/\bnot\s+the\s+same\s+as\b/giu, 'different from'],
  // What "stays the same (size)" is static, as the thesis says the circle is not.
  [/\b(?:always\s+)?(?:stay|stays|stayed|remain|remains|remained|keep|keeps|kept)\s+(?:the\s+)?(?:same|constant|unchanged)(?:\s+size)?\b/giu, 'static'],
  // "Why isn't the circle always the same size?": why it is not static.
  [/\b(?:always\s+)?the\s+same\s+size\b/giu, 'static'],
  // The discipline a party keeps is its strict governance, not a discipline of scholarship.
  [/\b(?:self[\s-]*discipline|(?:(?:intra|inner)[\s-]*party|party|strict|internal|organi[sz]ational)\s+discipline|discipline\s+(?:of|within|in|inside)\s+the\s+party)\b/giu, 'strict governance of the party'],
  // A party that "keeps itself disciplined" or "in line" governs itself strictly.
  [/\b(?:keep|keeps|kept|keeping)\s+(?:itself|themselves|its\s+members|(?:party\s+)?members)\s+(?:disciplined|in\s+line|in\s+check)\b/giu, 'strictly govern the party'],
  // Members who "break the rules" violate discipline: no "break through" the thesis writes of.
  [/\b(?:break|breaks|broke|broken|breaking|bend|bends|bent|bending)\s+(?:the\s+|party\s+)?(?:rules?|laws?|discipline)\b/giu, 'violate discipline'],
  // What "sits at the heart of" a thing is its core, "at the centre" or "middle", its centre; a goal
  // "shared by" all is their common aspiration.
  [/\b(?:sits?|sat|sitting|lies|lie|lay|lying|stands?|stood|standing)\s+at\s+the\s+(?:heart|core)\s+of\b/giu, 'is the core of'],
  [/\b(?:sits?|sat|sitting|lies|lie|lay|lying|stands?|stood|standing)\s+at\s+the\s+(centre|center)\s+of\b/giu, 'is the $1 of'],
  [/\b(?:sits?|sat|sitting|lies|lie|lay|lying|stands?|stood|standing)\s+at\s+the\s+middle\s+of\b/giu, 'is the center of'],
  // A circle that "grows and shrinks" expands and contracts ("grew out of" alone is no growth of the circle);
  // "based on what?" at the end asks on what conditions.
  [/\b(?:grow|grows|growing|grew)\s+(?:and|or)\s+(?:shrink|shrinks|shrinking|shrank)\b|\b(?:shrink|shrinks|shrinking|shrank)\s+(?:and|or)\s+(?:grow|grows|growing|grew)\b/giu, 'expands and contracts'],
  [/\b(?:based|depending|dependent)\s+on\s+what\s*(?=[?？!.]*\s*$)/giu, 'under what conditions'],
  // A circle that gets "tighter or wider", "smaller and bigger", contracts and expands.
  [/\b(?:tighter|smaller|narrower)\s+(?:and|or)\s+(?:wider|bigger|larger|broader|looser)\b|\b(?:wider|bigger|larger|broader|looser)\s+(?:and|or)\s+(?:tighter|smaller|narrower)\b/giu, 'contract and expand'],
  // "Unity between nationalities" is the thesis's "national unity" (nationalities alone are its ethnic groups).
  [/\bunity\s+(?:between|among|amongst|of)\s+(?:(?:the|all|different|various|its)\s+)*nationalit(?:y|ies)\b/giu, 'national unity'],
  // The "middle" of a circle is its centre (the "middle chapter" is a place in the book).
  [/\b(?:the\s+)?(?:middle|midpoint)\s+of\s+(?=(?:the\s+|this\s+|that\s+|its\s+)?(?:concentric\s+)?(?:circles?|rings?)\b)/giu, 'the center of '],
  // A circle "with the party in the middle" has it as its center.
  [/(?<=\b(?:circles?|rings?)\b[^?.!]{0,40}?)\b(?:in|at)\s+the\s+(?:middle|centre|center)\b/giu, 'as the center'],
  // "Sit down and talk it out", "talk things over": discussion.
  [/\b(?:(?:sit|sits|sat|sitting)\s+down\s+(?:together\s+)?and\s+)?talk(?:s|ed|ing)?\s+(?:it|things|them|matters|issues|problems)\s+(?:out|over|through)\b/giu, 'hold discussions'],
  ...QUESTION_SHAPES,
  [/\b(?:(?:ultimate|common|shared|collective)\s+)?(?:goals?|objectives?|aims?|wish(?:es)?|dreams?)\s+(?:shared|held)\s+by\b/giu, 'common aspiration of'],
  // "The goal that the masses of all groups share": their common aspiration.
  [/\b(?:(?:ultimate|common|shared|collective)\s+)?(?:goals?|objectives?|aims?|wish(?:es)?|dreams?)\s+(?:that|which)\s+((?:[\p{L}'’-]+\s+){0,7}?[\p{L}'’-]+)\s+(?:all\s+)?(?:share|shared|hold|held)\b/giu, 'common aspiration of $1'],
  [/\b(?:common|shared|collective)\s+(?:goals?|objectives?|aims?|wish(?:es)?|dreams?|hopes?)\b/giu, 'common aspiration'],
  // "Shared priorities", "common ground", "middle ground" among the groups are the common denominator of their interests.
  [/\b(?:shared|common|middle)\s+(?:priorities|ground)\b/giu, 'common denominator'],
  // "Members of various kinds": the members "of different natures" whose education chapter 5 names.
  [/(?<=\bmembers\s)of\s+(?:various|many|all|different)\s+(?:kinds|types|sorts)\b/giu, 'of different natures'],
  // "What different groups all want": the interests they have in common.
  [/\bwhat\s+((?:[\p{L}'’-]+\s+){1,4}?)(?:all|both)\s+(?:want|wants|need|needs|wish\s+for|care\s+about)\b/giu, 'the common interests of $1'],
  ...ASKED_FORMS,
];

/** A text with each pattern of a table replaced by its words, in the table's order. */
export function readWith(table: ReadonlyArray<readonly [RegExp, string]>, text: string): string {
  return table.reduce((read, [pattern, words]) => read.replace(pattern, words), text);
}

/** The question with each idiom it uses in plain words ("on the same page" → "in agreement"). */
export function withPlainIdioms(question: string): string {
  return readWith(IDIOMS, withOneLineGist(question));
}
