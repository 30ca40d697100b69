import { describe, expect, it } from 'vitest';
import { contentStems, isStopword, stem, tokenize } from '../../src/retrieval/terms.ts';

describe('terms', () => {
  it('keeps offsets of words in text without spaces after commas', () => {
    const tokens = tokenize('city,and the masses');
    expect(tokens.map((t) => t.word)).toEqual(['city', 'and', 'the', 'masses']);
    expect(tokens[1]).toMatchObject({ start: 5, end: 8 });
  });

  it('cuts Han text into characters and bigrams', () => {
    expect(tokenize('协商').map((t) => t.word)).toEqual(['协', '协商', '商']);
  });

  it('joins hyphenated compounds for search, keeping unknown ones out of a question', () => {
    expect(contentStems('at the grass-roots level')).toEqual(['grass', 'root', 'level', stem('grassroots')]);
    expect(contentStems('monarch-state relation', () => false)).toEqual(['monarch', 'state', stem('relation')]);
  });

  it('gives a negated word its base for search, so the conditions find "not unconditional"', () => {
    expect(contentStems('not unconditional')).toEqual([stem('unconditional'), stem('conditions')]);
    expect(contentStems('the united front')).toEqual([stem('united'), 'front']);
  });

  it('reads a phrasal verb as the one word the thesis would write', () => {
    expect(contentStems('what is brought together')).toEqual([stem('gathered')]);
    expect(contentStems('platforms set up for discussion')).toEqual([stem('platforms'), stem('establish'), stem('discussion')]);
    expect(contentStems('factors holding back development')).toEqual([stem('factors'), stem('restrict'), stem('development')]);
    expect(contentStems('the circle gets bigger and smaller')).toEqual([stem('circle'), stem('expansion'), stem('contraction')]);
    // Without its particle the verb is itself: "set" alone is no "establish".
    expect(contentStems('a set of rules')).toEqual(['set', stem('rules')]);
  });

  it('reads an ordinal the same whether its suffix is joined or not ("19th", "19 th")', () => {
    expect(contentStems('the 19th congress')).toEqual(contentStems('the 19 th congress'));
  });

  it('drops question words and stopwords from the topic', () => {
    expect(contentStems('What does the thesis say about consultation?')).toEqual([stem('consultation')]);
    expect(isStopword('What')).toBe(true);
    expect(contentStems('Which sections and papers explains consultation?')).toEqual([stem('consultation')]);
    expect(isStopword('was')).toBe(true);
    expect(isStopword('apart')).toBe(true);
    // Hedges and degrees ("apparently", "most directly") and "aside" ask nothing; "excluding" may be a verb.
    expect(['apparently', 'directly', 'aside', 'except'].every(isStopword)).toBe(true);
    expect(isStopword('excluding')).toBe(false);
    // "The text" is the work, as "the thesis" is.
    expect(isStopword('text')).toBe(true);
    expect(isStopword('everyone')).toBe(true);
    // "Has it been established already?", "has the danger gone away?": the topic is what is established, what has gone.
    expect(['already', 'away'].every(isStopword)).toBe(true);
    // "What is chapter 5 mostly about?", "do they use it themselves?", "what does it possess?": no topic in those words.
    expect(['mostly', 'largely', 'themselves', 'possess', 'carefully'].every(isStopword)).toBe(true);
    // "Where did the idea originally come from": when, not what.
    expect(contentStems('the idea originally')).toEqual([stem('idea')]);
    expect(contentStems('what precedes governance')).toEqual([stem('governance')]);
    // "What is governance ultimately about?": how far down, not what.
    expect(contentStems('governance ultimately, fundamentally')).toEqual([stem('governance')]);
    expect(contentStems('Urumqi in particular')).toEqual([stem('Urumqi')]);
    expect(contentStems('is Xi quoted anywhere')).toEqual([stem('Xi'), stem('quoted')]);
    expect(contentStems('still letting it change')).toEqual([stem('change')]);
    expect(contentStems('the story told')).toEqual([stem('story')]);
    // "Why is it called that anyway?": a shrug, not a topic.
    expect(contentStems('the circle anyway')).toEqual([stem('circle')]);
    // "Where's the bit about the corps?": the passage, not a topic.
    expect(contentStems("where's the bit about the corps")).toEqual([stem('corps')]);
    // "The sole way" is "the only way": neither names a topic.
    expect(contentStems('the sole route to modernisation')).toEqual([stem('route'), stem('modernisation')]);
    expect(contentStems('thx! and the intro')).toEqual([stem('intro')]);
    // "Ordinary" names no topic of its own; "ordinary people" are the masses (phrasal.ts).
    expect(contentStems('ordinary life')).toEqual([stem('life')]);
    // "Self-governance" is governance of oneself: "self" names no topic of its own.
    expect(contentStems('self-governance', () => false)).toEqual([stem('governance')]);
    expect(contentStems('ordinary people')).toEqual([stem('masses')]);
    // Words that only carry a question ("by what mechanism", "the movement it undergoes", "where does it locate…").
    expect(contentStems('by what mechanism does the circle undergo contraction, involving consultation')).toEqual([stem('circle'), stem('contraction'), stem('consultation')]);
    expect(contentStems('yo lol wat r the dangers')).toEqual([stem('dangers')]);
    expect(contentStems("I’m sure I don't know the dangers")).toEqual([stem('sure'), stem('know'), stem('dangers')]);
    expect(isStopword('masses')).toBe(false);
    expect(contentStems('hey bot, can you tell me about consultation?')).toEqual([stem('consultation')]);
    expect(contentStems('consensus among groups')).toEqual([stem('consensus'), stem('groups')]);
    expect(contentStems('platforms to discuss things and stuff')).toEqual([stem('platforms')]);
    expect(contentStems('what exactly is said regarding branches')).toEqual([stem('branches')]);
    expect(contentStems('what experiences do they get')).toEqual([stem('experiences')]);
    expect(contentStems('协商是什么')).toEqual(['协', '协商', '商']);
    expect(contentStems('quick q: what does the abstract say about the last mile?')).toEqual([stem('last'), stem('mile')]);
  });
});
