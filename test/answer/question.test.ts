import { describe, expect, it } from 'vitest';
import { cleanQuestion, quotedTerms, withGlosses, withoutElongation, withoutTag } from '../../src/answer/question.ts';

describe('cleanQuestion', () => {
  it('strips mentions, Markdown, zero-width and control characters', () => {
    expect(cleanQuestion('<@!123> <#456> <@&789> @here __What__ is *this*?\u200b\u0000')).toBe('What is this?');
    // "#4" numbers an item; "# " opens a heading.
    expect(cleanQuestion('#4 of the four experiences?')).toBe('number 4 of the four experiences?');
    expect(cleanQuestion('# Chapter 2')).toBe('Chapter 2');
    // The asker's emoji are no part of what is named.
    expect(cleanQuestion('does the thesis mention TikTok 😂')).toBe('does the thesis mention TikTok');
    expect(cleanQuestion(':flag_cn: what is the corps doing in chapter 4? <:pepe_think:1234567>')).toBe('what is the corps doing in chapter 4?');
    expect(cleanQuestion('Chapter 3: number of platforms? 10:30')).toBe('Chapter 3: number of platforms? 10:30');
    expect(cleanQuestion('👍🏽 what is the mass line? 🙏')).toBe('what is the mass line?');
    // A run of underscores standing alone is a blank to fill, not Markdown.
    expect(cleanQuestion('the thesis was supervised by ___.')).toBe('the thesis was supervised by ....');
  });

  it('spells out chat shorthand for small words, and leaves slashes in other words alone', () => {
    expect(cleanQuestion("whats the deal w/ the corps")).toBe('whats the deal with the corps');
    expect(cleanQuestion('governance w/o the party? b/c why')).toBe('governance without the party? because why');
    expect(cleanQuestion('and/or the masses')).toBe('and/or the masses');
    expect(cleanQuestion("when'd it come out")).toBe('when did it come out');
    expect(cleanQuestion("the party'd rather")).toBe("the party'd rather");
    expect(cleanQuestion('what happened w the corps')).toBe('what happened with the corps');
    expect(cleanQuestion('Article W of the law')).toBe('Article W of the law');
  });

  it('keeps Chinese text, with full-width punctuation folded', () => {
    expect(cleanQuestion('第三章讲了什么？')).toBe('第三章讲了什么?');
    expect(cleanQuestion('@ThesisBot pub date?')).toBe('pub date?');
    expect(cleanQuestion('@thesis-bot, @Ann: what is the mass line?')).toBe('what is the mass line?');
    expect(cleanQuestion('who is wang@example.org?')).toBe('who is wang@example.org?');
  });

  it('rejects empty, wordless and overlong input', () => {
    expect(() => cleanQuestion('  ')).toThrow(/Please type a question/);
    expect(() => cleanQuestion('🙂🙂')).toThrow(/words/);
    expect(() => cleanQuestion('a'.repeat(2001))).toThrow(/under 2000/);
  });
});

describe('quotedTerms', () => {
  it('finds the phrases a question puts in quotes, not apostrophes inside words', () => {
    expect(quotedTerms("What is the 'grid' system in the party's branches?")).toEqual(['grid']);
    expect(quotedTerms('Explain “thousands of clues” and "the last mile"')).toEqual(['thousands of clues', 'the last mile']);
    expect(quotedTerms("What's the party's role? It's unclear.")).toEqual([]);
  });
});

describe('withoutElongation', () => {
  const known = (w: string) => ['so', 'what', 'cool', 'please'].includes(w.toLowerCase());
  it('writes chat\'s stretched words plainly, to one letter or two as makes a word', () => {
    expect(withoutElongation('soooo what did the party do?', known)).toBe('so what did the party do?');
    expect(withoutElongation('whaaat is the coool part, pleeease', known)).toBe('what is the cool part, please');
    expect(withoutElongation('the three good styles', known)).toBe('the three good styles');
    expect(withoutElongation('Summarize chapter III', known)).toBe('Summarize chapter III');
  });
});

describe('withoutTag', () => {
  it('takes the question tag off a claim', () => {
    expect(withoutTag("it's a doctoral thesis, right?")).toBe("it's a doctoral thesis?");
    expect(withoutTag('the first chapter defines concepts, yes?')).toBe('the first chapter defines concepts?');
    expect(withoutTag("the 19th Congress says so, isn't it?")).toBe('the 19th Congress says so?');
  });

  it('asks what a claim says something is, or was done to the work, as the question it puts', () => {
    expect(withoutTag('the author is a party member, right?')).toBe('is the author a party member?');
    expect(withoutTag('there are six stages, right?')).toBe('are there six stages?');
    expect(withoutTag('posted in 2021, right?')).toBe('was it posted in 2021?');
    // Without its comma too, after a claim; a question's own last word stays.
    expect(withoutTag('the author is a party member right?')).toBe('is the author a party member?');
    expect(withoutTag('is it right?')).toBe('is it right?');
  });

  it('leaves a question whose last word is its own', () => {
    expect(withoutTag('is it right?')).toBe('is it right?');
    expect(withoutTag('what is the role of the masses?')).toBe('what is the role of the masses?');
  });
});

describe('withGlosses', () => {
  const words = new Set(['concentric', 'circle', 'activity', 'visiting', 'people', 'functions', 'contraction', 'expansion', 'mean', 'thesis']);
  const knows = (w: string) => words.has(w.toLowerCase());
  const small = (w: string) => ['the', 'of', 'a', 'and', 'what', 'does', 'is', 'in', 'are', 'two'].includes(w.toLowerCase());

  it('asks a term the thesis never writes by its gloss in words it does', () => {
    expect(withGlosses("What does 'tongxinyuan' (concentric circle) mean?", knows, small)).toBe('What does concentric circle  mean?');
    expect(withGlosses('What is the fanghuiju activity (visiting the people)?', knows, small)).toBe('What is the  activity visiting the people ?');
  });

  it('drops a gloss the thesis never writes, and leaves known words in brackets alone', () => {
    expect(withGlosses('What is the concentric circle (同心圆)?', knows, small)).toBe('What is the concentric circle ?');
    expect(withGlosses('What are the two functions (contraction and expansion)?', knows, small)).toBe('What are the two functions (contraction and expansion)?');
    expect(withGlosses('what conditions do they need (What are the two functions?)', knows, small)).toBe('what conditions do they need (What are the two functions?)');
    // A request carried from the one before, in words the thesis never writes, is no gloss either.
    expect(withGlosses('what do they have in common (compare chapter 3 and chapter 4)', knows, small)).toBe('what do they have in common (compare chapter 3 and chapter 4)');
  });
});
