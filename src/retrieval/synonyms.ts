/** A map from each form listed to its base, read from "base:form,form base:form…". */
export function wordMap(entries: string): Map<string, string> {
  return new Map(
    entries.split(/\s+/).flatMap((entry) => {
      const [base = '', forms = ''] = entry.split(':');
      return forms.split(',').map((form): [string, string] => [form, base]);
    }),
  );
}

/**
 * Plain words questions say for a scholar's: "pick" for "choose" ("select" stays apart: the
 * secretaries' selecting is no choice of Urumqi or of a framework), "harder", "easier" or "more
 * demanding" or "trickier" for "more difficult", "shrink" for "contraction", "widen" or "enlarge" for
 * "expansion" ("grow" is as often "develop"); and near-exact synonyms of plain English:
 * "household" / "family", "peril" or "threat" / "danger", "crucial" / "key", "nucleus" /
 * "core", "precondition" / "premise", "fixed" / "static", "neighbourhood" / "community",
 * "phase" / "stage", "try" / "attempt", "deliberative" / "consultative" (democracy) and
 * "deliberate" / "consultation", "link" or "linkage" / "connect", "populace" / "masses",
 * "cohesion" or "solidarity" / "unity", "societal" / "social", "nexus" / "relationship",
 * "efficacy" / "effective", "researchers" / "scholars" (others, where "the researcher" is the
 * author), "notion" / "concept", "biggest" or "greatest" / "largest", "shared" / "common",
 * "discover" / "find", "campaign", "outreach" or "programme" / "activity", "maths" or "geometry" /
 * "mathematics", "upgrade" / "improve", "near" / "close", "methodology" / "method", "lens" /
 * "framework" (the analytical kind), "merge" / "integrate", "constraint", "impediment", "obstacle" or "barrier" / "restrict",
 * "authorities" / "government" (Porter would make them the "author"), "strength" / "power" (a
 * people's strength is the power it gathers), "conflict" or "tension" / "contradiction" (as
 * Chinese political writing in English names them), "officials" / "cadres", "overseas" /
 * "abroad", "flex" / "flexible", "start" / "begin", "evolution" / "development", "join" /
 * "participate", "pathway" / "path", "elasticity" / "flexibility", "period" / "stage",
 * "institutional" or "institutionalised" / "system", "equilibrium" / "stable", "multiparty" / "pluralism" (the West's, as the thesis names it), "scale" / "level", "external" or "exogenous" / "international" and "internal" or
 * "endogenous" / "domestic" (the factors chapter 2 names), "crux" / "key", "cornerstone" /
 * "foundation", "lessons" / "experience" (what a city learnt), "closer" / "close", "stronger" /
 * "strengthen", "tighten" / "contraction", "town" / "city", "risk" / "danger", "challenges" /
 * "difficulties", "capability" or "competence" / "ability", "instability" / "stability" (the problem the
 * thesis's stability answers), "address" or "resolve" / "solve", "cooperate" / "joint" (the
 * corps's and region's joint force), "fit" / "apply" (a framework that fits is applicable), and
 * "congregate" / "gather", "groundwork" / "foundation", "oversight" /
 * "supervision", "loosen" / "expansion" (of the circle, as "tighten" is its contraction),
 * "bond" / "relationship", "story" / "history", "rigid" or "dynamic" / "static" (the circle
 * "is not static"), "underpin" or "underlie" / "based", "verify" or "validate" /
 * "confirm", "suitable" or "suits" / "apply", "retrospective" / "review", "apparatus" / "system",
 * "administration" / "governance", "swell" / "expansion", "amass" / "gather", "chronology" /
 * "history", "scaffold" / "framework", "embrace" / "accept", "perfected" / "improved",
 * "bolster" / "strengthen", "stronghold", "bastion" or "bulwark" / "fortress", "cell" / "branch" (a
 * party cell is a party branch), "sharpen" / "improve", "nationality" / "ethnic" (group), "constrict" / "contraction", "vantage" (point) / "perspective",
 * "hub” or "middle" / "center" (what the circle has at its middle), "viewpoint" / "perspective", "rapport" / "relationship", "tier" / "level", "engine" / "drive" (the
 * masses are the driving force) and "send" / "drive" (resources sent down are driven there), "worked" / "achieved" (the thesis's "work" is only ever a
 * noun: a plan that worked achieved results), "consensus" or "agreement" / "denominator" (the
 * thesis's figure for what all ethnic groups agree on), "reach" or "contact" / "connect" (the
 * party's contact with the masses, its links with them and its reaching them are one thing in
 * the thesis; "reach consensus" is phrasal.ts's), "ties" / "relationship", "route" / "path", "forum" / "platform", "rally" / "mobilize", "rulers" / "monarch" and
 * "imperial" / "ancient" (China's old order, as the thesis names it), "paramount" or "foremost" / "top" (the danger "at the top of the four dangers"),
 * "ring" / "circle", "endorse" /
 * "recognized", "emperor" / "monarch", "prove" / "confirm" (the framework confirmed as applicable),
 * "Bingtuan" or "XPCC" / "corps" (the Xinjiang corps by its Chinese name and acronym),
 * "interethnic" or "multiethnic" / "ethnic", "grounding" / "basis", "Confucian" or "dynastic" /
 * "ancient" (China's old order again; not "older", which a development of "something older" says too), "primacy" / "leadership" (the party's), "angles" or "facet" / "dimension" (the study's
 * dimensions of history and reality, theory and practice; one "angle" is a "perspective"), and
 * "the literature" / "research status", as Chinese scholarship in English names the survey of
 * earlier work, and "field" or "discipline" / "subject" (the concentric circle applied to "the
 * subject of Party building"), "split" / "divide" (the thesis divided into three parts),
 * "adaptive" / "flexible", "dyad" / "relationship" and "balance" / "unified" (stability and
 * flexibility "dialectically unified" in the circle, which a reader calls a balance), "restructure" /
 * "structure" (optimizing a structure restructures it), "administrative" / "governance" (as
 * "administration" is), "aggregate" / "gather", "preferences" / "interests" (what the masses
 * want) and "synergy" / "joint" (the corps's and region's joint force), "contrast" / "differ" (the
 * model "different from" older orders), "produce" / "achieve" (results produced are results
 * achieved), "derive" / "draw" (experiences drawn from history) and "mile" / "kilometer" (the
 * thesis's "last mile" is its "last kilometer", and its "final kilometre" too: "final" /
 * "last"), "provincial" / "province" (Urumqi, the capital of "Xinjiang Province"), "essential" or "vital" / "important" (the
 * party and the masses, "the most important two elements"), "historian" or "historical" / "history" (chapter 2's
 * "historical review" is its history, and its review of "the past" too) and
 * "mathematician" / "mathematics" (who would read those parts), "fix" / "improve" (a weak
 * branch fixed is one improved; "fixed" stays "static"), "novelty" or "originality" /
 * "innovation" (what the introduction claims), "tied" / "connect", "stretch" / "expansion" (the
 * circle's), "calm" / "stable" (a region kept calm is stable), "healthy" / "harmonious" (a
 * relationship), "distance" or "detachment" / "separation" (the party's from the masses), "exemplary" /
 * "model" (the vanguard model of members), "downward" / "sinking" (of focus and resources), "borrow" / "apply" (a concept borrowed from
 * mathematics is one applied beyond it), "enhance" /
 * "improve", "hamlet" / "village", "friction" / "contradiction", "bind" / "unite" (the
 * neighbourhoods that unite with the masses), "calibre" / "quality" (of branches built), "actors" / "elements" (the party and the
 * masses, "the most important two"), "scholarship" / "research", "widest" / "largest" (the circle
 * drawn), "contemporary" / "current" (the current situation), "legacy" / "history", "multipartism" /
 * "pluralism", "differentiate" / "differ", "fora" / "platform", "fusion" / "integration" (of the corps and the region), "affective" / "heart" (the people's hearts gathered), "co-opt" / "absorb" (forces absorbed into it), "membership" / "members", "heterogeneous" or "diverse" /
 * "different" (members "of different natures"), "architecture" / "structure" and "rationalise" or
 * "streamline" / "optimizing" (the branches' structure optimized), "clash" /
 * "contradiction", "reconcile" / "solve", "personnel" or "staffing" / "select" (the branch
 * secretaries selected), "adapt" / "flexible" and "the public" /
 * "the masses", "weigh" / "consider" (what the study considers through its dimensions), "backstory" / "history",
 * "motivation" / "reason" (the topic's), "serve" / "service" (community service), "stricter" /
 * "strict" (the party strictly governed) and "security" / "stability" (Xinjiang's), "bend" / "flexible" (the circle's), "trouble" / "problem" (what the widened circle targets) ("residents" stay apart: the thesis records no complaints or ratios of
 * residents, and "training" no training). "Relate" stays apart: "how does the circle relate to
 * it?" in a thread is answered by the sentence that joins them, which need not say "relationship". "Limitations" stay apart: the
 * research difficulties the introduction names are not limits the author admits. "Military" stays apart: the
 * corps is no army, and "interest aggregation" is consultation's work, not a gathering. "Foreign" stays apart: foreign scholars and governments are not research
 * abroad; "issues" stays apart from "problems": "the key issue" is chapter 1's key; "background"
 * from "reason": a community's background is its history; "decisions" from "discussion":
 * what "decides" governance is what plays a "decisive" role in it. They join a question to the text in search; a look-up, which finds a word's own
 * forms, leaves them out.
 */
export const SYNONYMS = wordMap(
  `choose:pick,picks,picked,picking power:strength,strengths
  family:household,households village:countryside danger:peril,perils key:crucial core:nucleus,nuclei static:fixed,unchanging community:neighbourhood,neighbourhoods,neighborhood,neighborhoods stage:phase,phases danger:threat,threats premise:precondition,preconditions,prerequisite,prerequisites
  stable:steady,steadiness,steadier,equilibrium flexible:adaptable,adaptability activity:campaign,campaigns,outreach,programme,programmes,program,programs largest:biggest,greatest,widest larger:bigger,greater common:shared find:discover,discovers,discovered,discovering,discovery,discoveries consultative:deliberative consultation:deliberation,deliberations,deliberate,deliberates,deliberated,deliberating attempt:try,tries,tried,trying connect:link,links,linked,linking,linkage,linkages,contact,contacts,contacted,contacting,reach,reaches,reached,reaching cadre:official,officials abroad:overseas pluralism:multiparty status:literature,literatures
  mathematics:math,maths,geometry,geometric,geometrical improve:upgrade,upgrades,upgraded,upgrading,fix,fixes,fixing method:methodology,methodologies,methodological framework:lens,lenses restrict:constraint,constraints,constrain,constrains,constrained,constraining,impediment,impediments,impede,impedes,impeded,impeding,obstacle,obstacles,barrier,barriers,hindrance,hindrances government:authority,authorities integration:merge,merges,merged,merging,merger,fusion,fuse,fused,fusing contradiction:conflict,conflicts,tension,tensions,clash,clashes,clashed,clashing close:near,nearer
  difficult:demanding,hard,harder,hardest,tough,tougher,toughest,easy,easier,easiest,tricky,trickier,trickiest
  flexible:flex,flexes,flexed,flexing begin:start,starts,started,starting development:evolution,evolutions,evolve,evolves,evolved,evolving participate:join,joins,joined,joining
  path:pathway,pathways flexible:elastic,elasticity stage:period,periods,periodization,periodisation,periodize,periodizes,periodized,periodise,periodises,periodised system:institution,institutions,institutional,institutionalise,institutionalised,institutionalize,institutionalized,institutionalisation,institutionalization international:external,exogenous domestic:internal,endogenous
  key:crux,linchpin foundation:cornerstone,cornerstones,bedrock experience:lesson,lessons
  close:closer,closest strengthen:stronger contraction:tighten,tightens,tightened,tightening city:town,towns
  danger:risk,risks,worry,worries masses:populace unity:cohesion,solidarity social:societal concept:notion,notions difficult:challenge,challenges ability:capability,capabilities,competence,competency,competencies
  scholar:researchers relationship:nexus effective:efficacy,effectiveness people:citizen,citizens stability:instability stable:unstable solve:address,addresses,addressed,addressing,resolve,resolves,resolved,resolving,reconcile,reconciles,reconciled,reconciling joint:cooperate,cooperates,cooperated,cooperating,cooperation,collaborate,collaborates,collaborated,collaborating,collaboration apply:fit,fits,fitting,fitted,generalizable,generalisable,generalizability,generalisability,transferable,transferability
  gather:congregate,congregates,congregated,congregating foundation:groundwork supervision:oversight expansion:loosen,loosens,loosened,loosening relationship:bond,bonds history:story,stories
  static:rigid,rigidity,dynamic,dynamics,dynamism based:underpin,underpins,underpinned,underpinning,underpinnings,underlie,underlies,underlying confirm:verify,verifies,verified,verifying,validate,validates,validated,validating apply:suitable,suitability,suit,suits,suited review:retrospective,retrospectives system:apparatus governance:administration
  expansion:swell,swells,swelled,swelling gather:amass,amasses,amassed,amassing history:chronology,chronologies,chronological framework:scaffold,scaffolding accept:embrace,embraces,embraced,embracing
  contraction:constrict,constricts,constricted,constricting perspective:vantage,viewpoint,viewpoints center:hub,hubs relationship:rapport level:tier,tiers,scale,scales drive:engine,engines,send,sends,sending
  relationship:ties denominator:consensus,agreement,agreements achieve:worked,accomplish,accomplishes,accomplished,accomplishing,produce,produces,produced,producing branch:cell,cells improve:perfected,perfecting,sharpen,sharpens,sharpened,sharpening ethnic:nationality,nationalities strengthen:bolster,bolsters,bolstered,bolstering,reinforce,reinforces,reinforced,reinforcing,reinforcement fortress:stronghold,strongholds,bastion,bastions,bulwark,bulwarks
  path:route,routes development:trajectory,trajectories,maturation,maturity corps:paramilitary,paramilitaries platform:forum,forums mobilize:rally,rallies,rallied,rallying monarch:ruler,rulers ancient:imperial
  corps:bingtuan,xpcc ethnic:interethnic,multiethnic basis:grounding,groundings ancient:confucian,dynastic leadership:primacy dimension:angles,facet,facets perspective:angle
  top:paramount,foremost,gravest circle:ring,rings recognized:endorse,endorses,endorsed,endorsing,endorsement monarch:emperor,emperors confirm:prove,proves,proved,proven,proving
  contraction:shrink,shrinks,shrinking,shrank,shrunk,shrinkage expansion:widen,widens,widened,widening,enlarge,enlarges,enlarged,enlarging,enlargement,broaden,broadens,broadened,broadening
  subject:field,fields,discipline,disciplines,domain,domains divide:split,splits,splitting
  flexible:adaptive,adaptively,adapt,adapts,adapting relationship:dyad,dyads,dyadic unified:balance,balances,balanced,balancing
  basic:fundamental gather:pool,pools,pooled,pooling history:backstory,backstories reason:motivation,motivations
  service:serve,serves,served,serving strict:stricter,strictest stability:security flexible:bend,bends,bending,bendable,pliable,supple problem:trouble,troubles
  structure:restructure,restructures,restructured,restructuring
  governance:administrative gather:aggregate,aggregates,aggregated,aggregating interest:preference,preferences joint:synergy,synergies
  kilometer:mile,miles last:final province:provincial draw:derive,derives,derived,deriving important:essential,vital,indispensable
  history:historian,historians,historical,historically,past mathematics:mathematician,mathematicians innovation:novelty,novelties,originality connect:tie,tied,tying
  expansion:stretch,stretches,stretched,stretching stable:calm,calmer,calmness harmonious:healthy masses:public separation:distance,distanced,distancing,detach,detaches,detached,detaching,detachment
  model:exemplary,exemplar,exemplars sink:downward,downwards apply:borrow,borrows,borrowed,borrowing
  village:hamlet,hamlets contradiction:friction,frictions unite:bind,binds improve:enhance,enhances,enhanced,enhancing,enhancement quality:calibre,caliber element:actor,actors research:scholarship current:contemporary history:legacy,legacies pluralism:multipartism,multipartyism
  consider:weigh,weighs,weighed,weighing select:personnel,staffing heart:affective platform:fora absorb:coopt,coopts,coopted,coopting,cooption,cooptation member:membership,memberships different:heterogeneous,heterogeneity,diverse,diversity structure:architecture,architectures optimizing:rationalise,rationalises,rationalised,rationalising,rationalize,rationalizes,rationalized,rationalizing,streamline,streamlines,streamlined,streamlining
  differ:differentiate,differentiates,differentiated,differentiating,differentiation,contrast,contrasts,contrasted,contrasting,distinct,distinctive,distinction,distinctions,distinguish,distinguishes,distinguished,distinguishing`,
);
