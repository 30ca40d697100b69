import { describe, expect, it } from 'vitest';
import { readWith } from '../../src/answer/idioms.ts';
import { QUESTION_SHAPES } from '../../src/answer/question-shapes.ts';
import { itReadsEach } from '../helpers.ts';

const plain = (question: string) => readWith(QUESTION_SHAPES, question);

describe('QUESTION_SHAPES', () => {
  itReadsEach(QUESTION_SHAPES, [
    ['What came out of the visits?', 'What resulted from the visits?'],
    ['someone said the experiences were 3, is that right?', 'someone said there were 3 experiences, is that right?'],
    ['were the experiences 3?', 'were there 3 experiences?'],
    ['how does chapter 1 set up the rest of the thesis?', 'how does chapter 1 do?'],
    ['To what extent is the author critical of the party?', 'is the author critical of the party?'],
    ['secretaries are picked — why bother?', 'secretaries are picked — why?'],
    ['What concepts receive formal definition in chapter 1?', 'What concepts are defined in chapter 1?'],
    ['which terms are given a precise definition?', 'which terms are defined?'],
    ['what is mean "concentric circle" in this paper?', 'what is the meaning of "concentric circle" in this paper?'],
    ['party member how many go to community?', 'how many party member go to community?'],
    ['tell me how many go', 'tell me how many go'],
    ['so how many are there?', 'so how many are there?'],
    ["what didn't work in Urumqi?", 'what failed in Urumqi?'],
    ["what's the whole point of this thesis", "what's the point of this thesis"],
    ['What changed once the cadres entered communities?', 'what happened once the cadres entered communities?'],
    ['The number of communities in Urumqi is...', 'what is The number of communities in Urumqi?'],
    ['the main ethnic groups are ___', 'what are the main ethnic groups?'],
    ['the thesis was supervised by ...', 'who supervised the thesis?'],
    ['Does the thesis substantiate that the masses benefited from the visits?', 'Does the thesis say that the masses benefited from the visits?'],
    ['did the author prove the claim that consultation works?', 'did the author say that consultation works?'],
    ['... deployed the visiting activity', 'who deployed the visiting activity?'],
    ['Which concepts are defined before the framework is introduced?', 'Which concepts are defined?'],
  ]);

  it('leaves the words alone where they ask their own', () => {
    expect(plain('how are consultation platforms set up?')).toBe('how are consultation platforms set up?');
    expect(plain('when did it come out?')).toBe('when did it come out?');
    expect(plain('the six stages of development')).toBe('the six stages of development');
    expect(plain('how does consultation work?')).toBe('how does consultation work?');
    expect(plain('what changed in the new era?')).toBe('what changed in the new era?');
    // A sentence that goes on is no blank to fill; a deed done after a thing is introduced asks the order.
    expect(plain('The key to community governance is the party')).toBe('The key to community governance is the party');
    expect(plain('What does the author do after the four paths are introduced?')).toBe('What does the author do after the four paths are introduced?');
  });
});
