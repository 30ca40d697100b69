import { describe, expect, it } from 'vitest';
import { ASKING_FRAMES, choiceWritten } from '../../src/answer/asking-frames.ts';
import { stem } from '../../src/retrieval/terms.ts';

const strip = (text: string) => ASKING_FRAMES.reduce((t, frame) => t.replace(frame, ' '), text).replace(/\s+/gu, ' ').trim();

describe('ASKING_FRAMES', () => {
  it('take out the span, the form and the place asked for', () => {
    expect(strip('How long a period does chapter 2 cover?')).toBe('does chapter 2 cover?');
    expect(strip('how does the corps fit into the picture?')).toBe('how does the corps ?');
    expect(strip('the key points of chapter 2 as bullet points')).toBe('the key points of chapter 2');
    expect(strip('Why did the author pick Urumqi?')).toBe('Why did the author Urumqi?');
    expect(strip('What approach does the thesis take?')).toBe('What approach does the thesis ?');
    // A chapter named by number, or already taken out as the scope, leaves the light verb as light.
    expect(strip('what approach does chapter 3 take?')).toBe('what approach does chapter 3 ?');
    expect(strip('what approach does   take?')).toBe('what approach does ?');
    expect(strip('Is there a discussion of the history?')).toBe('the history?');
    expect(strip('Which chapter has the material on the corps?')).toBe('Which chapter has on the corps?');
    expect(strip('info on the corps please')).toBe('on the corps please');
    expect(strip('Find the passage about the monarch state people relationship.')).toBe('about the monarch state people relationship.');
    expect(strip('Which chapter should I read to understand the corps?')).toBe('Which chapter to understand the corps?');
    expect(strip('Where do I find the part about branch secretaries?')).toBe('Where the part about branch secretaries?');
    expect(strip('How do we find the common denominator?')).toBe('How do we find the common denominator?');
    expect(strip('What democratic way do the masses come to use?')).toBe('What democratic way do the masses use?');
    expect(strip('What does it come to the masses for?')).toBe('What does it come to the masses for?');
    expect(strip('Sanity check: is the circle static?')).toBe(': is the circle static?');
    expect(strip('Is the West mentioned as a contrast?')).toBe('Is the West mentioned ?');
    expect(strip('Reviewer question: is the claim tested?')).toBe('is the claim tested?');
    expect(strip('Where does the thesis first mention Urumqi?')).toBe('Where does the thesis mention Urumqi?');
    expect(strip('Where does the thesis last mention Urumqi?')).toBe('Where does the thesis mention Urumqi?');
    expect(strip('what is the first chapter about?')).toBe('what is the first chapter about?');
    expect(strip('How does strict party governance help mass work?')).toBe('How does strict party governance mass work?');
    expect(strip("Isn't the framework just the mass line renamed?")).toBe("Isn't the framework just the mass line ?");
    expect(strip('What is done with the help of the expansion?')).toBe('What is done with the help of the expansion?');
    expect(strip('Question from the reading group: what is the last kilometer?')).toBe('what is the last kilometer?');
    expect(strip('Which question does chapter 3 answer?')).toBe('Which question does chapter 3 answer?');
    expect(strip('What does the theory need to keep improving?')).toBe('What does the theory improving?');
    expect(strip('How has the circle been put to the test?')).toBe('How has the circle been test?');
    expect(strip('Give me three bullet points on chapter 3.')).toBe('Give me on chapter 3.');
    expect(strip('I missed the reading group on chapter 2 - catch me up?')).toBe('on chapter 2 - ?');
    expect(strip('fill me in on chapter 4')).toBe('on chapter 4');
    expect(strip("Walk me through chapter 4's argument step by step.")).toBe("Walk me through chapter 4's argument .");
    expect(strip('chapter 3 in more detail')).toBe('chapter 3');
    expect(strip('why is that important?')).toBe('why is that ?');
    expect(strip('Why are communities important for the party?')).toBe('Why are communities for the party?');
    expect(strip('Why is the key to governance the party?')).toBe('Why is the key to governance the party?');
    expect(strip('can you say it simpler, in plain English?')).toBe('can you , ?');
    expect(strip("What's so special about Urumqi?")).toBe("What's so about Urumqi?");
    expect(strip('What makes Urumqi so unique?')).toBe('What makes Urumqi ?');
    expect(strip('Why treat Urumqi as a special case?')).toBe('Why treat Urumqi as ?');
    expect(strip('what is important about consultation?')).toBe('what is important about consultation?');
    expect(strip('what is the main argument I should take from this thesis?')).toBe('what is the main argument this thesis?');
    expect(strip('Give me the exact wording on the corps.')).toBe('Give me the wording on the corps.');
    expect(strip('a verbatim quote on the corps')).toBe('a quote on the corps');
    // "Came up with" asks who began an activity; of an idea it stays (and is refused as a person).
    expect(strip('who came up with the visiting activity?')).toBe('who the visiting activity?');
    expect(strip('who came up with the idea of drawing the circle?')).toBe('who came up with the idea of drawing the circle?');
  });

  it('leave the thesis\'s own words alone', () => {
    expect(strip('what platforms are established in chapter 3?')).toBe('what platforms are established in chapter 3?');
    expect(strip('long-term stability in Xinjiang')).toBe('long-term stability in Xinjiang');
    // Choosing is the asking only in a "why".
    expect(strip('Which secretaries were selected?')).toBe('Which secretaries were selected?');
    expect(strip('why does that matter (who is selected?)')).toBe('why does that matter (who is selected?)');
    expect(strip('what are the needs of the masses?')).toBe('what are the needs of the masses?');
    expect(strip('What is the exact number of communities?')).toBe('What is the exact number of communities?');
  });
});

describe('choiceWritten', () => {
  const passages = [{ stems: new Set(['paper', 'choos', 'framework', 'circl']) }, { stems: new Set(['urumqi', 'capit', 'analyz', 'framework']) }];
  it('keeps the choosing when the thesis writes of choosing the very thing', () => {
    expect(choiceWritten('Why did the author pick the circle as the lens?', ['circl', 'len'], passages)).toBe(stem('choose'));
    // "Analytical" describes the framework; the passage that chooses it need not say so.
    expect(choiceWritten('Why pick the circle as the analytical framework?', ['circl', 'analyz', 'framework'], passages)).toBe(stem('choose'));
  });

  it('drops it when the thesis never writes of choosing that thing, or the question asks no why', () => {
    expect(choiceWritten('Why did the author choose Urumqi?', ['urumqi'], passages)).toBeUndefined();
    expect(choiceWritten('What framework does the paper choose?', ['framework'], passages)).toBeUndefined();
    expect(choiceWritten('Why choose Urumqi as the analytical framework?', ['urumqi', 'analyz', 'framework'], passages)).toBeUndefined();
  });
});
