import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/answer/follow-up.ts';
import { ownWords } from '../../src/answer/follow-up-forms.ts';
import { parseThesis } from '../../src/ingest/parse.ts';
import { findSectionRefs } from '../../src/retrieval/section-ref.ts';

const { sections } = parseThesis(readFileSync('data/thesis.txt', 'utf8'));
const previous = 'What does chapter 3 say about consultation?';

describe('resolveFollowUp', () => {
  it('leans past a request for a judgement, which was declined, to what it asked of', () => {
    expect(resolveFollowUp("is it convincing (what's the main argument?)", "what's the evidence for it?", sections)).toBe("what's the evidence for it (what's the main argument?)");
    // Nothing carried: the declined question itself is leaned on, as before.
    expect(resolveFollowUp('do you agree?', 'is it true?', sections)).toMatch(/\(do you agree\?\)$/u);
  });

  it('moves the earlier topic to a newly named section', () => {
    const q = resolveFollowUp(previous, 'and in chapter 6?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-6']);
    expect(q).toMatch(/consultation/);
  });

  it('carries the question a "which chapter is that in?" carried, not that follow-up, to a newly named section', () => {
    const q = resolveFollowUp('which chapter is that in (What does the thesis say about consultative democracy?)', 'and what does chapter 6 say about it?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-6']);
    expect(q).toMatch(/consultative democracy/);
    expect(q).not.toMatch(/which chapter/);
  });

  it('asks the question before of the new thing for "and the core?"', () => {
    expect(resolveFollowUp("what's the key to community governance?", 'and the core?', sections)).toBe("what's the core to community governance?");
    expect(resolveFollowUp('What is the radius of the circle?', 'what about the center?', sections)).toBe('What is the center of the circle?');
    // A place in a list is no new thing; a question with no thing of something is left as it was.
    expect(resolveFollowUp('what are the four dangers', 'and the second?', sections)).toBe('and the second (what are the four dangers)');
    expect(resolveFollowUp("what's the radius?", 'and the center?', sections)).toBe('and the center?');
    // "What are the X?" is asked of the new thing when one sentence names both, as things of a kind.
    expect(resolveFollowUp('what are the research methods (in Introduction)', 'and the innovations?', sections)).toBe('what are the innovations (in Introduction)');
    expect(resolveFollowUp('what are the four paths?', 'and the corps?', sections)).not.toMatch(/^what are the corps/u);
  });

  it('reads "which is most important?" and "quote the third" as picking from the list just asked for', () => {
    const reasons = 'What are the three reasons for the framework?';
    expect(resolveFollowUp(reasons, 'which is most important?', sections)).toBe(`which of them is most important (${reasons})`);
    expect(resolveFollowUp(reasons, 'can you quote the third exactly?', sections)).toBe(`can you quote the third exactly (${reasons})`);
    expect(resolveFollowUp(reasons, 'What is the key to community governance?', sections)).toBe('What is the key to community governance?');
  });

  it('asks the question before again in one sentence for "shorter please", and "in simpler words?" of it', () => {
    for (const typed of ['shorter please', 'too long', 'the short version?', 'in one sentence', 'tl;dr']) {
      expect(resolveFollowUp('What is the mass line?', typed, sections), typed).toBe('What is the mass line in one sentence');
    }
    expect(resolveFollowUp('What is the mass line in one sentence', 'shorter?', sections)).toBe('What is the mass line in one sentence');
    expect(resolveFollowUp('What is the mass line?', 'in simpler words?', sections)).toBe('in simpler words (What is the mass line in one sentence)');
    expect(resolveFollowUp('What is the mass line?', "can you explain it like I'm 5", sections)).toBe("can you explain it like I'm 5 (What is the mass line in one sentence)");
    expect(resolveFollowUp(previous, 'shorter terms of office?', sections)).not.toMatch(/in one sentence/u);
  });

  it('asks the question before again in the form asked for "numbered list please", and only a section again for "and chapter 5?" after a whole chapter', () => {
    expect(resolveFollowUp('what are the three reasons?', 'numbered list please', sections)).toBe('what are the three reasons, as a numbered list?');
    expect(resolveFollowUp('what are the four paths?', 'as bullet points?', sections)).toBe('what are the four paths, as a list?');
    // The same form words as a question carries ("point by point", "bullets") make a follow-up of their own.
    expect(resolveFollowUp('what are the four paths?', 'point by point?', sections)).toBe('what are the four paths, as a list?');
    expect(resolveFollowUp('what are the four paths?', 'can you put it in bullets please', sections)).toBe('what are the four paths, as a list?');
    expect(resolveFollowUp('what does chapter 4 say?', 'and chapter 5?', sections)).toBe('and chapter 5?');
    // A chapter asked by its number alone, and one after that: no "and ?" left of the one before.
    expect(resolveFollowUp('what does chapter 4 say?', 'and five?', sections)).toBe('and chapter five?');
    expect(resolveFollowUp('and chapter five?', 'what about chapter 6?', sections)).toBe('what about chapter 6?');
    expect(resolveFollowUp('and in chapter 4 what do party members do?', 'and the overview?', sections)).toBe('and the overview what do party members do?');
    // After a count asked, numbers alone offer counts, not chapters.
    expect(resolveFollowUp('how many stages does chapter 2 give?', 'five or six?', sections)).toBe('how many stages does chapter 2 give: five or six?');
    expect(resolveFollowUp('what are the four paths?', 'and the second?', sections)).not.toMatch(/chapter/u);
  });

  it('reads "it" after a newly named section as that section, not the topic before', () => {
    expect(resolveFollowUp(previous, 'what about chapter 6, does it mention consultation too?', sections)).toBe('does Chapter 6 mention consultation too?');
    const q = resolveFollowUp(previous, 'and chapter 6 - does it say more about that?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-6']);
    expect(q).toMatch(/consultation/);
  });

  it('carries topic and section over for "that" and "more"', () => {
    const q = resolveFollowUp(previous, 'what else does it say about that?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-3']);
    expect(q).toMatch(/consultation/);
  });

  it('reads "give an example" as asking for one of what was asked before', () => {
    expect(resolveFollowUp('what is targeted governance', 'give an example', sections)).toBe('give an example (what is targeted governance)');
    // So does "what evidence is there?": evidence for what was just said.
    expect(resolveFollowUp('what does the overview conclude?', 'what evidence is there?', sections)).toBe('what evidence is there (what does the overview conclude?)');
    // "Its" points back as "it" does: the core asked of is community governance's.
    expect(resolveFollowUp('What is the key to community governance?', 'what is its core?', sections)).toBe('what is its core (What is the key to community governance?)');
  });

  it('reads a message after a look-up as about the word looked up (look-up-follow-up.ts)', () => {
    expect(resolveFollowUp('look up grassroots', 'and in chapter 3?', sections)).toBe('how many times does Chapter 3 mention grassroots');
    expect(resolveFollowUp('look up grassroots', "what's the most common section for it?", sections)).toBe('how many times does the thesis mention grassroots');
  });

  it('reads "them" after "which one…?" as the list that one was picked from', () => {
    expect(resolveFollowUp('which one is most important (what are the premises for contraction?)', 'is consultation one of them?', sections)).toBe('is consultation one of them (what are the premises for contraction?)');
  });

  it('reads "what does each achieve?" as asking of the things just named', () => {
    expect(resolveFollowUp('what are the two functions of the circle?', 'and what does each achieve?', sections)).toBe('and what does each achieve (what are the two functions of the circle?)');
  });

  it('reads "are there" as saying what exists, not as pointing back', () => {
    expect(resolveFollowUp('What are the four paths?', 'Besides consultation, what paths are there?', sections)).toBe('Besides consultation, what paths are there?');
    expect(resolveFollowUp('What happened in Urumqi?', 'what was done there?', sections)).toBe('what was done there (What happened in Urumqi?)');
  });

  it('leaves a greeting or a question about the bot alone, mid-thread too', () => {
    expect(resolveFollowUp(previous, 'hi', sections)).toBe('hi');
    expect(resolveFollowUp(previous, 'what can you do?', sections)).toBe('what can you do?');
    // Nor does a question after one leans on it.
    expect(resolveFollowUp('what can you do?', 'ok what is the thesis about', sections)).toBe('ok what is the thesis about');
    expect(resolveFollowUp('hi', 'and chapter 3?', sections)).toBe('and chapter 3?');
    // "Who created it?" after a topic asks who made it; after nothing, it is the record's author.
    expect(resolveFollowUp('what is the mass line?', 'who created it?', sections)).toBe('who created it (what is the mass line?)');
    expect(resolveFollowUp('who wrote the thesis?', 'who created it?', sections)).toBe('who created the thesis?');
    // "Why is it called that?" asks after the name of the thing, not the thesis's title.
    expect(resolveFollowUp("what's the last kilometer?", 'why is it called that?', sections)).toBe("why is it called that (what's the last kilometer?)");
    expect(resolveFollowUp('who wrote the thesis?', 'why is it called that?', sections)).toBe('why is the thesis called that?');
  });

  it('asks "source?" of what was just quoted', () => {
    expect(resolveFollowUp(previous, 'source?', sections)).toBe(`where is that from (${previous})`);
    // "Where?" alone asks where that stands: its chapter, whose quote names any place it speaks of.
    expect(resolveFollowUp('who deployed the activity?', 'and where?', sections)).toBe('where is that from (who deployed the activity?)');
  });

  it('asks whose words the last answer quoted for "who else says so?" and "is that the author\'s own view?"', () => {
    expect(resolveFollowUp(previous, 'who else says so?', sections)).toBe(`who else says so (${previous})`);
    expect(resolveFollowUp(previous, "Is that the author's own view?", sections)).toBe(`who said that (${previous})`);
    expect(resolveFollowUp(previous, "is this Wang's opinion?", sections)).toBe(`who said that (${previous})`);
  });

  it('reads "what is it about?" after a question about the record as asking of the thesis', () => {
    expect(resolveFollowUp('what degree?', 'what is it about?', sections)).toBe('what is it about?');
    expect(resolveFollowUp("what's their field?", 'and what is the thesis about?', sections)).toBe('and what is the thesis about?');
    expect(resolveFollowUp('What does chapter 3 say about consultation?', 'what is it about?', sections)).not.toBe('what is it about?');
  });

  it('reads "and the second?" as a place in what the question before asked for', () => {
    expect(resolveFollowUp('what are the two functions of the circle', 'and the second?', sections)).toBe('and the second (what are the two functions of the circle)');
    // After a question asking one place, another place asks the same of that one.
    expect(resolveFollowUp("what's the first reason it gives (tell me about chapter 1)", 'the second?', sections)).toBe("what's the second reason it gives (tell me about chapter 1)");
    expect(resolveFollowUp('the second (what is the first reason?)', 'and the third?', sections)).toBe('what is the third reason?');
  });

  it('asks a question word alone of the question before, not of the record', () => {
    expect(resolveFollowUp('who deployed the activity?', 'when?', sections)).toBe('when (who deployed the activity?)');
    expect(resolveFollowUp('who wrote the thesis?', 'when?', sections)).toBe('when?');
    expect(resolveFollowUp('what does the conclusion confirm?', 'applicable to what?', sections)).toBe('applicable to what (what does the conclusion confirm?)');
    // "What's the result?" alone asks the result of what was just asked about; "the conclusion" is the thesis's.
    expect(resolveFollowUp('tell me about the corps', "what's the result?", sections)).toBe("what's the result (tell me about the corps)");
    expect(resolveFollowUp('tell me about the corps', 'and the purpose?', sections)).toBe('and the purpose (tell me about the corps)');
    expect(resolveFollowUp('tell me about the corps', "what's the conclusion?", sections)).toBe("what's the conclusion?");
  });

  it('asks a bare "what else?" as the question before, however many times', () => {
    const once = resolveFollowUp(previous, 'what else?', sections);
    expect(once).toBe(previous);
    expect(resolveFollowUp(once, 'tell me more', sections)).toBe(previous);
  });

  it('reads "what else does chapter 4 say?" as more of that chapter, and "what else does it say about that?" as more of the topic', () => {
    expect(resolveFollowUp('What does Xi Jinping say?', 'what else does chapter 4 say?', sections)).toBe('what else does chapter 4 say?');
    expect(resolveFollowUp('What does Xi Jinping say?', 'and what more is in chapter 4?', sections)).toBe('and what more is in chapter 4?');
    expect(resolveFollowUp('What does Xi Jinping say?', 'what else does chapter 4 say about it?', sections)).toMatch(/Xi Jinping/u);
  });

  it('keeps the topic of an "and…" question that has one, carrying over only where to look', () => {
    expect(resolveFollowUp('What are the three fine styles of the party?', 'And what is the key to community governance?', sections)).toBe('And what is the key to community governance?');
    const q = resolveFollowUp(previous, 'and what about party branches?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-3']);
    expect(q).not.toMatch(/consultation/);
  });

  it('keeps the old section when a follow-up compares the new one with it', () => {
    const q = resolveFollowUp('what about consultation in chapter 3?', 'how is it different from chapter 4?', sections);
    expect(findSectionRefs(q, sections).ids).toEqual(['chapter-4', 'chapter-3']);
    // Not comparing, the old section goes, and the "in" that named it too.
    expect(resolveFollowUp('what about consultation in chapter 3?', 'and chapter 4?', sections)).toBe('and chapter 4 what about consultation?');
    // Reading a section over several turns, "that" is the section.
    expect(resolveFollowUp('who takes part (in Chapter 3)', 'how is that different from chapter 4?', sections)).toBe('how is Chapter 3 different from chapter 4?');
  });

  it('reads "which one" as one of what was asked about before', () => {
    expect(resolveFollowUp('what are the four dangers', 'which one is first?', sections)).toBe('which one is first (what are the four dangers)');
    // After a question about the chapters, with a topic of its own, it asks which chapter.
    expect(resolveFollowUp('how many chapters are there?', 'which one is about party branches?', sections)).toBe('which chapter is about party branches?');
  });

  it('reads a whole question asking only a place or the rest as about what was just said', () => {
    expect(resolveFollowUp('tell me about the four dangers', 'which is first?', sections)).toBe('which is first (tell me about the four dangers)');
    expect(resolveFollowUp('tell me about the four dangers', 'what are the others?', sections)).toBe('what are the others (tell me about the four dangers)');
    // The rest of a list asked for by a place in it is the list, without the place.
    expect(resolveFollowUp('which is first (tell me about the four dangers)', 'and the rest?', sections)).toBe('and the rest (tell me about the four dangers)');
    // How many are left is no topic of its own.
    expect(resolveFollowUp('which danger is at the top?', 'what are the other three?', sections)).toBe('what are the other three (which danger is at the top?)');
    // Nothing asked of the last answer: the question stands alone.
    expect(resolveFollowUp('tell me about the four dangers', 'what is the thesis about?', sections)).toBe('what is the thesis about?');
  });

  it('reads "he" and "she" as pointing back to the question before', () => {
    expect(resolveFollowUp('who is Xi Jinping in the thesis?', 'what did he point out?', sections)).toBe('what did he point out (who is Xi Jinping in the thesis?)');
  });

  it('asks a short question of the chapter the one before asked about as a whole', () => {
    expect(resolveFollowUp('what does chapter 3 say?', 'who takes part?', sections)).toBe('who takes part (in Chapter 3)');
    expect(resolveFollowUp('summarize chapter 6', 'what are the conditions?', sections)).toBe('what are the conditions (in Chapter 6)');
    // A question before with a topic of its own leaves a new question alone.
    expect(resolveFollowUp('what does chapter 3 say about consultation?', 'what is the mass line?', sections)).toBe('what is the mass line?');
    // So does a chapter that never names the new question's topic.
    expect(resolveFollowUp('summarize chapter 3', 'what is the mass line?', sections)).toBe('what is the mass line?');
  });

  it('reads a word or two the thesis uses in several places within the topic before, where one sentence holds both', () => {
    // Chapter 1's participants and chapter 3's "participate in the consultation": the topic before chooses.
    expect(resolveFollowUp('tell me about consultation', 'who takes part?', sections)).toBe('who takes part, regarding consultation?');
    // No sentence ties the key to consultation: a question of its own.
    expect(resolveFollowUp('tell me about consultation', 'what is the key?', sections)).toBe('what is the key?');
    // One sentence names the enemy: nothing to choose between.
    expect(resolveFollowUp('what is the joint force for?', 'who is the enemy?', sections)).toBe('who is the enemy?');
    // Nor is one asking of a thing it names: "what does contraction do?" is asked alone.
    expect(resolveFollowUp('what are the two functions of the circle', 'what does contraction do', sections)).toBe('what does contraction do');
    // A question naming the topic already has it.
    expect(resolveFollowUp('and for expansion?', "what's the result of expansion?", sections)).toBe("what's the result of expansion?");
  });

  it('asks for the main point or key sentence of the section just read whole, not of the thesis', () => {
    expect(resolveFollowUp('what is chapter 5 about', "what's the main point?", sections)).toBe("what's the main point (in Chapter 5)");
    expect(resolveFollowUp('summarise Chapter 5', 'which part is most important', sections)).toBe('which part is most important (in Chapter 5)');
    expect(resolveFollowUp('which part is most important (in Chapter 3)', 'quote the key sentence', sections)).toBe('quote the key sentence (in Chapter 3)');
    // The thesis's own main point, or one after a question with a topic, stays as asked.
    expect(resolveFollowUp('what is chapter 5 about', 'what is the main point of the whole thesis?', sections)).toBe('what is the main point of the whole thesis?');
    expect(resolveFollowUp('tell me about consultation', "what's the main point?", sections)).toBe("what's the main point?");
  });

  it('asks "who does that?" of what was just said, not of the record', () => {
    expect(resolveFollowUp('how is the last mile broken through?', 'who does that?', sections)).toBe('who does that (how is the last mile broken through?)');
  });

  it('leaves a question with its own topic, or without a history, alone', () => {
    expect(resolveFollowUp(previous, 'What are the three fine styles of the party?', sections)).toBe('What are the three fine styles of the party?');
    expect(resolveFollowUp(previous, 'what is one of the fine styles', sections)).toBe('what is one of the fine styles');
    expect(resolveFollowUp(undefined, 'and in chapter 6?', sections)).toBe('and in chapter 6?');
  });

  it('leaves a request for a summary alone, so it gets the summary', () => {
    expect(resolveFollowUp(previous, 'tl;dr chapter 5', sections)).toBe('tl;dr chapter 5');
  });

  it('leaves a whole question naming a section alone, but lets a fragment lean on the one before', () => {
    expect(resolveFollowUp(previous, 'What does the introduction say?', sections)).toBe('What does the introduction say?');
    expect(resolveFollowUp(previous, 'in chapter 6?', sections)).toMatch(/consultation/);
    expect(resolveFollowUp(previous, 'and what does chapter 6 say?', sections)).toMatch(/consultation/);
  });

  it('puts the words typed before the question borrowed in brackets', () => {
    const why = resolveFollowUp('which chapter (Where is consultation discussed?)', 'why?', sections);
    expect(ownWords(why)).toBe('why');
  });

  it('leaves a question about the work itself alone: its "it" is the thesis', () => {
    expect(resolveFollowUp(previous, 'who wrote it?', sections)).toBe('who wrote it?');
    expect(resolveFollowUp(previous, 'when was it posted?', sections)).toBe('when was it posted?');
  });

  it('reads "who said that?" as about the claim just quoted, not about who wrote the thesis', () => {
    expect(resolveFollowUp(previous, 'who said that?', sections)).toBe(`who said that (${previous})`);
    expect(resolveFollowUp(undefined, 'who said that?', sections)).toBe('who said that?');
  });

  it('asks "when did he say it?" after a quote of someone of that quote, not of the thesis\'s date, and "in what context?" where it stands', () => {
    expect(resolveFollowUp('what does xi say', 'when did he say it', sections)).toBe('when did he say it (what does xi say)');
    expect(resolveFollowUp('what does xi say', 'in what context', sections)).toBe('where is that from (what does xi say)');
    expect(resolveFollowUp('how is the last mile broken through?', 'how?', sections)).toBe('how (how is the last mile broken through?)');
  });

  it('reads "he" and "it" after a question about the record as the author and the thesis', () => {
    expect(resolveFollowUp('who wrote the thesis', 'where does he work?', sections)).toBe('where does the author work?');
    expect(resolveFollowUp('which university?', 'how long is it?', sections)).toBe('how long is the thesis?');
    // A pronoun that makes no question of the record is left to the other readings.
    expect(resolveFollowUp('who wrote the thesis', 'is it in chapter 3?', sections)).not.toMatch(/the thesis in chapter 3/u);
  });

  it('reads "what are they called?" as about the things just asked about: the thesis is "it"', () => {
    expect(resolveFollowUp('Tell me about the six stages', 'what are they called?', sections)).toBe('what are they called (Tell me about the six stages)');
    expect(resolveFollowUp('Tell me about the six stages', 'what is it called?', sections)).toBe('what is it called?');
  });
});
