/** Verbs of becoming, for "gets bigger", "grows smaller", "can be bigger", "made smaller" (not "is bigger": a comparison). */
const BECOME = /^(?:get|gets|getting|got|grow|grows|growing|grew|become|becomes|becoming|became|be|make|makes|making|made)$/iu;

/**
 * Phrasal verbs a question says for the one word a scholar writes: "bring together" for
 * "gather", "hold together" for "unite", "set up" for "establish", "pin down" or "work out" for "find", "pulled into" for "absorb", "hold back" for "restrict", "hold up" for "confirm", "weigh up" for "consider", "get along" for "harmonious", "break down" for "summarize", "get through" for "break" (through), "look back" for "review",
 * "take part" or "have a say" for "participate", "decide things" for "discussion", "must hold" for "premise", "carry over" for "apply", "expand on" for
 * "elaborate", "get bigger" for "expansion", "lose touch", "cut off" or "drift away" for
 * "separation", "hinge on" for "key", "fall out" for "contradiction", "(keep) in touch" for
 * "contact", "serve as" or "act as" for a plain "is", "build on", "draw on" or "lean on" for "based", "holds that" for "says", "relative to" or "feature in" for "about", "the number of" for "how many", "accounts for" for "explains", "make up" for "constitute", "never changes" for "static", "vantage point" for "perspective", "outside China" or "foreign research" for "abroad", "domestic studies" for "home", "real results" for "actual" ones, "agree on" or "reach consensus" for the "denominator", "change size" for "expansion", "end product" for "outcome"; six compounds
 * ("literature review" or "earlier research" for "research status", "ordinary people" for "the masses", "common ground" for the
 * "denominator", "the final stretch" for the "kilometer", "building block" for "unit") and one
 * figure of speech: "the heart of" for "the core of". The verb takes the word's stem and the
 * particle goes, so neither counts as a word the thesis never uses.
 */
export const COMPARED = /^compared$/iu;

export const PHRASAL: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/^(?:bring|brings|bringing|brought|pull|pulls|pulled|pulling)$/iu, /^together$/iu, 'gather'],
  // "Holds its peoples together": keeps them one, as the thesis says the city "unites" with them.
  [/^(?:hold|holds|holding|held|keep|keeps|keeping|kept)$/iu, /^together$/iu, 'unite'],
  [/^(?:set|sets|setting)$/iu, /^up$/iu, 'establish'],
  // "What is the model set against?": what it is contrasted with, how it differs.
  [/^(?:set|sets|setting)$/iu, /^against$/iu, 'differ'],
  // "What is the model compared with?": what it is set apart from, as the thesis says "different
  // from". Not an opening "Compared to the mass line, …", which only sets the scene (see below).
  [COMPARED, /^(?:with|to|against)$/iu, 'differ'],
  // "Which pair does chapter one single out?": which it names, which asks nothing of its own.
  [/^(?:single|singles|singled|singling)$/iu, /^out$/iu, 'identify'],
  // "Pin down", "work out", "figure out" what all have in common: find it out, as the thesis says.
  [/^(?:pin|pins|pinned|pinning|work|works|worked|working|figure|figures|figured|figuring)$/iu, /^(?:down|out)$/iu, 'find'],
  // "Who is pulled into consultation?", "drawn in": whom it absorbs, in the thesis's word.
  [/^(?:pull|pulls|pulled|pulling|draw|draws|drew|drawn|drawing|bring|brings|brought|bringing)$/iu, /^(?:into|in)$/iu, 'absorb'],
  [/^(?:hold|holds|holding|held)$/iu, /^back$/iu, 'restrict'],
  // "What every group can sign up to": what all accept.
  [/^(?:sign|signs|signed|signing)$/iu, /^up$/iu, 'accept'],
  // "Residents brought round to deliberation": won over, so that they accept it.
  [/^(?:bring|brings|brought|bringing|win|wins|won|winning|come|comes|came|coming)$/iu, /^(?:round|around|over)$/iu, 'accept'],
  // "Branch ranks beefed up": strengthened.
  [/^(?:beef|beefs|beefed|beefing)$/iu, /^up$/iu, 'strengthen'],
  // "Does the introduction leave out the methods?": whether it omits them, an asking word.
  [/^(?:leave|leaves|leaving|left)$/iu, /^out$/iu, 'omit'],
  // "Pushed power down to the streets": the thesis's sinking of the ruling center of gravity.
  [/^(?:push|pushes|pushed|pushing|shift|shifts|shifted|shifting|move|moves|moved|moving)$/iu, /^down$/iu, 'sink'],
  // "How does the study position its model against…?": how it differs from it.
  [/^(?:position|positions|positioned|positioning)$/iu, /^against$/iu, 'differ'],
  // "Difficulties the author ran into": those faced, as the asking word "face" frames them.
  [/^(?:run|runs|ran|running)$/iu, /^into$/iu, 'face'],
  // "Does the framework hold up?": whether it is confirmed, as the thesis says it is.
  [/^(?:hold|holds|holding|held)$/iu, /^up$/iu, 'confirm'],
  [/^(?:weigh|weighs|weighed|weighing)$/iu, /^up$/iu, 'consider'],
  // "When the party and the masses get along": their relationship is harmonious.
  [/^(?:get|gets|got|getting)$/iu, /^along$/iu, 'harmonious'],
  // "Break down chapter 2": summarise it, not the "break through" of the last kilometer.
  [/^(?:break|breaks|breaking)$/iu, /^down$/iu, 'summarize'],
  // "How do they get through the last mile?": the thesis breaks through it.
  [/^(?:get|gets|getting|got|push|pushes|pushed|pushing|cut|cuts|cutting)$/iu, /^through$/iu, 'break'],
  [/^(?:look|looks|looking|looked)$/iu, /^back$/iu, 'review'],
  // "Does it spell out the methods?": does it list them.
  [/^(?:spell|spells|spelled|spelt|spelling)$/iu, /^out$/iu, 'list'],
  [/^(?:take|takes|taking|took|taken)$/iu, /^part$/iu, 'participate'],
  [/^(?:carry|carries|carrying|carried)$/iu, /^over$/iu, 'apply'],
  // "Cut off from", "losing touch with", "drifting away from" the people: a separation.
  [/^(?:cut|cuts|cutting)$/iu, /^off$/iu, 'separation'],
  [/^(?:lose|loses|losing|lost)$/iu, /^touch$/iu, 'separation'],
  [/^(?:drift|drifts|drifting|drifted|grow|grows|growing|grew|move|moves|moving|moved)$/iu, /^(?:away|apart)$/iu, 'separation'],
  // "Get a say", "have their say": a voice in what is decided.
  [/^(?:a|their|any|more|no)$/iu, /^say$/iu, 'participate'],
  // "A way of deciding things", "decide matters together": the thesis's discussion.
  [/^(?:decide|decides|decided|deciding)$/iu, /^(?:things|together|matters|issues)$/iu, 'discussion'],
  // "What must hold before…": what must be true, the thesis's premise.
  [/^(?:must|should)$/iu, /^hold$/iu, 'premise'],
  // "Expand on the second one" asks for more, not about the circle's expansion.
  [/^(?:expand|expands|expanding|expanded)$/iu, /^(?:on|upon)$/iu, 'elaborate'],
  [BECOME, /^(?:bigger|larger|wider|big|large|wide)$/iu, 'expansion'],
  [BECOME, /^(?:smaller|narrower|small|narrow)$/iu, 'contraction'],
  // "Hold steady", "stay firm": stable.
  [/^(?:hold|holds|holding|held|stay|stays|staying|stayed|remain|remains|remained|remaining)$/iu, /^(?:steady|firm)$/iu, 'stable'],
  // A literature review is one thing, the thesis's "research status" (stem.ts), not a review
  // besides: "the gaps of the literature review" has one known word in two, not two in three.
  [/^literatures?$/iu, /^(?:reviews?|surveys?)$/iu, 'status'],
  // "Earlier research", "existing studies": what others found before, the thesis's research status too.
  [/^(?:prior|previous|earlier|existing)$/iu, /^(?:research|studies|scholarship|literature|work|works)$/iu, 'status'],
  // "Ordinary people", "the general public": what "the masses" means in plain English.
  [/^(?:ordinary|common|everyday|regular|general)$/iu, /^(?:people|peoples|citizens?|folks?|residents?|public)$/iu, 'masses'],
  // "Why did the corps and the government fall out?": a quarrel, the thesis's "contradiction".
  [/^(?:fall|falls|falling|fell|fallen)$/iu, /^out$/iu, 'contradiction'],
  // "Keep in touch with the people": the thesis's "contact".
  [/^in$/iu, /^touch$/iu, 'contact'],
  // "Governance hinges on…": what it turns on is its key.
  [/^(?:hinge|hinges|hinged|hinging)$/iu, /^(?:on|upon)$/iu, 'key'],
  // "Agree on shared interests", "reach consensus": find their common denominator ("reach"
  // alone is the thesis's "contact": reaching the masses).
  [/^(?:agree|agrees|agreed|agreeing)$/iu, /^(?:on|upon)$/iu, 'denominator'],
  [/^(?:reach|reaches|reached|reaching)$/iu, /^(?:consensus|agreement|agreements|accord)$/iu, 'denominator'],
  // "Common ground", "shared ground": the thesis's common denominator.
  [/^(?:common|shared)$/iu, /^ground$/iu, 'denominator'],
  // "The final stretch", "the last leg": the thesis's "last kilometer".
  [/^(?:final|last)$/iu, /^(?:stretch|leg)$/iu, 'kilometer'],
  // "The building block of party rule" is its unit.
  [/^building$/iu, /^blocks?$/iu, 'unit'],
  // "What tradition does it build on?", "rests on", "draws on", "relies on": what it is based on.
  [/^(?:build|builds|built|building|rest|rests|rested|resting|draw|draws|drew|drawn|drawing|lean|leans|leaned|leant|leaning|rely|relies|relied|relying)$/iu, /^(?:on|upon)$/iu, 'based'],
  // "Which report holds that…", "maintains that": what a text says.
  [/^(?:hold|holds|held|holding|maintain|maintains|maintained|maintaining|assert|asserts|asserted|asserting|contend|contends|contended|contending)$/iu, /^that$/iu, 'say'],
  // "What do the party and the masses make up?": what they constitute, which asks nothing.
  [/^(?:make|makes|made|making)$/iu, /^up$/iu, 'constitute'],
  // "What accounts for its efficacy?": what explains it, which names no topic.
  [/^(?:account|accounts|accounted|accounting)$/iu, /^for$/iu, 'explain'],
  // "The number of stages" counts stages: how many, which asks nothing of its own.
  [/^number$/iu, /^of$/iu, 'many'],
  // "How does party building feature in the argument?": where it appears, which asks nothing of its own.
  [/^(?:feature|features|featured|featuring|figure|figures|figured|figuring)$/iu, /^(?:in|into)$/iu, 'about'],
  // "Relative to ancient monarchy": compared with, which asks nothing of its own.
  [/^relative$/iu, /^to$/iu, 'about'],
  // "Which city serves as the case?", "what acts as the centre?": a copula, asking what is.
  [/^(?:serve|serves|served|serving|act|acts|acted|acting|function|functions|functioned|functioning)$/iu, /^as$/iu, 'is'],
  // "Does the circle never change?": whether it is static.
  [/^never$/iu, /^(?:change|changes|changed|changing|moves?|moved|moving|varies|vary|varied)$/iu, 'static'],
  // "For the circle to change size": to contract or expand.
  [/^(?:change|changes|changed|changing)$/iu, /^(?:size|sizes|shape)$/iu, 'expansion'],
  // "From what vantage point": the thesis's "perspective".
  [/^vantage$/iu, /^points?$/iu, 'perspective'],
  // "Research outside China": the thesis's research "abroad".
  [/^(?:outside|beyond)$/iu, /^china$/iu, 'abroad'],
  // "Foreign research", "domestic studies": the research status "at home and abroad". Not
  // "foreign scholars", whose names and views the thesis never gives.
  [/^foreign$/iu, /^(?:research|studies|scholarship|literature)$/iu, 'abroad'],
  [/^domestic$/iu, /^(?:research|studies|scholarship|literature)$/iu, 'home'],
  // "The end product of consultation": its outcome, an asking word.
  [/^end$/iu, /^products?$/iu, 'outcome'],
  // "Real results", "tangible outcomes": the thesis's "actual results" ("results" asks nothing).
  [/^(?:real|tangible|concrete|measurable)$/iu, /^(?:results?|outcomes?|effects?|impacts?|gains?)$/iu, 'actual'],
  // "At the heart of governance" is its core; "the people's hearts" stay hearts.
  [/^hearts?$/iu, /^of$/iu, 'core'],
];
