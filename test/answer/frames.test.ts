import { describe, expect, it } from 'vitest';
import { withoutFrames } from '../../src/answer/frames.ts';

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('withoutFrames', () => {
  it.each([
    ['True or false: the circle is static', ': the circle is static'],
    ['Is it true that the party leads everything?', 'the party leads everything?'],
    ["Correct me if I'm wrong, but doesn't chapter 5 discuss party branches?", ", but doesn't chapter 5 discuss party branches?"],
    ['What kind of model is it?', 'What model is it?'],
    ['What are the key findings?', 'What are the ?'],
    ['What new contributions does the author claim?', 'What contributions does the author claim?'],
    ['How do chapters 3 and 5 differ in focus?', 'How do chapters 3 and 5 differ ?'],
    ['Tell me everything about chapter 3', 'about chapter 3'],
    ["What's the main argument of the whole dissertation?", "What's the argument of the dissertation?"],
    ['第三章讲了什么', '第三章 了什么'],
    ["Explain like I'm five: what is the mass line?", ': what is the mass line?'],
    ['State the first reason.', 'the first reason.'],
    ['explain chapter five like I\'m a first-year student', 'explain chapter five'],
    ['is it fair to say the circle is static?', 'the circle is static?'],
    ['need a one-line summary of chapter 4', 'a summary of chapter 4'],
    ['I want a quick recap', 'a recap'],
    ['Give an account of what the second chapter sets out.', 'what the second chapter .'],
    ['What ground does the introduction cover?', 'does the introduction cover?'],
    ['What does   focus on?', 'What does ?'],
    ['What is the main focus of the thesis?', 'What is the the thesis?'],
    ['What are the main findings?', 'What are the ?'],
    ['Chapter 3 in one line, quickly', 'Chapter 3 ,'],
    ['In a few words, what is the mass line?', ', what is the mass line?'],
    ['What is the stated purpose of the thesis?', 'What is the purpose of the thesis?'],
    ["What's the overall conclusion?", "What's the conclusion?"],
    ['sum up chapter 5', 'chapter 5'],
    ['can u summarise ch4 real quick', 'can u summarise ch4'],
    ["what's the radius of the circle supposed to stand for", "what's the radius of the circle"],
    ['What does the centre represent?', 'What does the centre ?'],
    ["Sorry if this is dumb but what's a 'common denominator' in this context?", "but what's a 'common denominator' ?"],
    ['I need the bit where the author explains the mass line', 'where the author explains the mass line'],
    ['How has governance changed over time?', 'How has governance changed ?'],
    ["Why is the party's leadership called the core?", "Why is the party's leadership the core?"],
    ['What is regarded as the key to governance?', 'What is the key to governance?'],
    ['What does the author see as the key issue?', 'What does the author as the key issue?'],
    ['What does the thesis name as the core?', 'What does the thesis as the core?'],
    ['Does the author see the circle as fixed?', 'Does the author the circle as fixed?'],
    ["I'm trying to understand the mass line", 'understand the mass line'],
    ['what is chapter 3 trying to show', 'what is chapter 3 show'],
    ['how does consultation work in Urumqi?', 'how does consultation in Urumqi?'],
    ['what is the mass work in Urumqi?', 'what is the mass work in Urumqi?'],
    ['what does the paper attempt to use?', 'what does the paper attempt to use?'],
    ['what does community service lead to', 'what does community service'],
    ['how does sinking the focus of work help', 'how does sinking the focus of work help'],
    ['what outcome does the contraction produce', 'what outcome does the contraction'],
    ['does the party produce the circle', 'does the party produce the circle'],
    ['what comes at the end?', 'what at the end?'],
    ['what came out of it?', 'what of it?'],
    ['when did it come out?', 'when did it come out?'],
    ["what's the common thread of the thesis?", "what's the of the thesis?"],
    ['the thread running through the chapters', 'the the chapters'],
    ['what does the whole thing argue', 'what does the thing argue'],
    ['Does the thesis mention the party by name?', 'Does the thesis mention the party ?'],
    ['Does the introduction name the research methods?', 'Does the introduction the research methods?'],
    ['where does it come from (what is the mass line?)', 'where does it (what is the mass line?)'],
    ['come from the masses', 'come from the masses'],
    ['Which congress is cited, by number?', 'Which congress is cited, ?'],
    ['give me a two-sentence summary of chapter 6', 'give me a summary of chapter 6'],
    ["what's the thesis's view on ancient rule", "what's the thesis's ancient rule"],
    ['Where did the research take place?', 'Where did the research ?'],
    ['What is the name of the framework?', 'What is the the framework?'],
    ['How is Urumqi described in relation to Xinjiang?', 'How is Urumqi described Xinjiang?'],
    ['For our reading group: what is the central argument?', ': what is the central argument?'],
    ['how does the corps fit into the picture?', 'how does the corps ?'],
    ['Give me the key points of chapter 2 as bullet points', 'Give me the points of chapter 2'],
    ['Briefly, what does chapter one establish?', 'Briefly, what does chapter one ?'],
    ['What is chapter 2 an introduction to?', 'What is chapter 2 ?'],
    ['How long a period of development does it look back over?', 'of development does it look back over?'],
    ['Which leader stressed national unity?', 'stressed national unity?'],
    ['What theory guides the whole dissertation?', 'What theory the dissertation?'],
    ['give an example of how the party reaches the masses', 'how the party reaches the masses'],
    ['Why Urumqi is choosed for study?', 'Why Urumqi is for study?'],
  ])('takes the frame out of %s', (question, left) => {
    expect(squash(withoutFrames(question))).toBe(left);
  });

  it('keeps what is the topic: "the key to…", "leads everything", "the whole process"', () => {
    for (const q of ['What is the key to community governance?', 'Does the party lead everything?', 'the whole process of community governance', 'the monarch state people relationship', 'What has the focus of mass work been found through?', 'Which minority is most represented in the party?', 'How do scholars view the mass line?', 'It can be seen that the theory applies', 'the thesis considers the history, as well as the reality', 'the leading position of the party', 'the relationship between the party and the masses', 'the strongest driving force', 'what is the thesis trying to do', 'the party leads everything', 'the leading core', 'what comes from the masses', 'long-term stability in Xinjiang', 'how long did the stages last?', 'what platforms are established in chapter 3?', 'a new way of mass work']) {
      expect(withoutFrames(q)).toBe(q);
    }
  });
});
