import { describe, expect, it } from 'vitest';
import { withPhrasalVerbs } from '../../src/retrieval/phrasal.ts';
import { stem, tokenize } from '../../src/retrieval/terms.ts';
import { testCore } from '../helpers.ts';

const read = (text: string) => withPhrasalVerbs(tokenize(text)).map((t) => [t.word, t.stem]);

describe('withPhrasalVerbs', () => {
  it('makes a phrasal verb the one word, where the verb stood, and drops its particle', () => {
    expect(read('brought together')).toEqual([['gather', stem('gather')]]);
    expect(read('heart of')).toEqual([['core', stem('core')]]);
    expect(read('looks back')).toEqual([['review', stem('review')]]);
    expect(read('holds up')).toEqual([['confirm', stem('confirm')]]);
    expect(read('weigh up')).toEqual([['consider', stem('consider')]]);
    expect(read('get along')).toEqual([['harmonious', stem('harmonious')]]);
    expect(read('pin down')).toEqual([['find', stem('find')]]);
    expect(read('singled out')).toEqual([['identify', stem('identify')]]);
    expect(read('worked out')).toEqual([['find', stem('find')]]);
    expect(read('break down')).toEqual([['summarize', stem('summarize')]]);
    expect(read('get through')).toEqual([['break', stem('break')]]);
    expect(read('earlier research')).toEqual([['status', stem('status')]]);
    expect(read('earlier work')).toEqual([['status', stem('status')]]);
    expect(read('literature review')).toEqual([['status', stem('status')]]);
    expect(read('took part')).toEqual([['participate', stem('participate')]]);
    expect(read('carried over')).toEqual([['apply', stem('apply')]]);
    expect(read('hinges on')).toEqual([['key', stem('key')]]);
    expect(read('fell out')).toEqual([['contradiction', stem('contradiction')]]);
    expect(read('shared ground')).toEqual([['denominator', stem('denominator')]]);
    expect(read('final stretch')).toEqual([['kilometer', stem('kilometer')]]);
    expect(read('building block')).toEqual([['unit', stem('unit')]]);
    expect(read('in touch')).toEqual([['contact', stem('contact')]]);
    expect(read('losing touch')).toEqual([['separation', stem('separation')]]);
    expect(read('cut off')).toEqual([['separation', stem('separation')]]);
    expect(read('drifting away')).toEqual([['separation', stem('separation')]]);
    expect(read('ordinary citizens')).toEqual([['masses', stem('masses')]]);
    expect(read('get a say')).toEqual([['get', stem('get')], ['participate', stem('participate')]]);
    expect(read('serves as')).toEqual([['is', stem('is')]]);
    expect(read('acting as')).toEqual([['is', stem('is')]]);
    expect(read('built on')).toEqual([['based', stem('based')]]);
    expect(read('make up')).toEqual([['constitute', stem('constitute')]]);
    expect(read('never changes')).toEqual([['static', stem('static')]]);
    expect(read('vantage point')).toEqual([['perspective', stem('perspective')]]);
    expect(read('agree on')).toEqual([['denominator', stem('denominator')]]);
    expect(read('reach consensus')).toEqual([['denominator', stem('denominator')]]);
    expect(read('change size')).toEqual([['expansion', stem('expansion')]]);
    expect(read('accounts for')).toEqual([['explain', stem('explain')]]);
    expect(read('number of')).toEqual([['many', stem('many')]]);
    expect(read('relative to')).toEqual([['about', stem('about')]]);
    expect(read('literature survey')).toEqual([['status', stem('status')]]);
    expect(read('holds that')).toEqual([['say', stem('say')]]);
    expect(read('expand on')).toEqual([['elaborate', stem('elaborate')]]);
    expect(read('pulled into')).toEqual([['absorb', stem('absorb')]]);
    expect(read('drawn in')).toEqual([['absorb', stem('absorb')]]);
    expect(read('outside China')).toEqual([['abroad', stem('abroad')]]);
    expect(read('foreign research')).toEqual([['abroad', stem('abroad')]]);
    expect(read('end product')).toEqual([['outcome', stem('outcome')]]);
    expect(read('domestic studies')).toEqual([['home', stem('home')]]);
    // Foreign scholars are people the thesis never names, not its research abroad.
    expect(read('foreign scholars').map(([w]) => w)).toEqual(['foreign', 'scholars']);
    expect(read('feature in')).toEqual([['about', stem('about')]]);
    expect(read('leans on')).toEqual([['based', stem('based')]]);
    expect(read('relied upon')).toEqual([['based', stem('based')]]);
    expect(read('real results')).toEqual([['actual', stem('actual')]]);
    expect(read('tangible outcomes')).toEqual([['actual', stem('actual')]]);
    expect(read('what must hold').at(-1)).toEqual(['premise', stem('premise')]);
    expect(read('deciding things')).toEqual([['discussion', stem('discussion')]]);
    expect(read('what did they decide about housing').at(-3)).toEqual(['decide', stem('decide')]);
    expect(read('set against')).toEqual([['differ', stem('differ')]]);
    expect(read('spell out')).toEqual([['list', stem('list')]]);
    expect(read('model compared with')).toEqual([['model', stem('model')], ['differ', stem('differ')]]);
    // An opening "Compared to…" sets the scene; it asks for no difference.
    expect(read('compared to the line').map(([w]) => w)).toEqual(['compared', 'to', 'the', 'line']);
    expect(read('studies compared with Urumqi').map(([w]) => w)).toEqual(['studies', 'compared', 'with', 'Urumqi']);
    expect(read('platforms set up')).toEqual([['platforms', stem('platforms')], ['establish', stem('establish')]]);
    expect(withPhrasalVerbs(tokenize('platforms set up')).map((t) => t.start)).toEqual([0, 10]);
  });

  it('reads a second particle joined by "and" or "or" the same way', () => {
    expect(read('gets bigger and smaller')).toEqual([['expansion', stem('expansion')], ['contraction', stem('contraction')]]);
    expect(read('can be bigger and smaller')).toEqual([['can', stem('can')], ['expansion', stem('expansion')], ['contraction', stem('contraction')]]);
    expect(read('is bigger')).toEqual([['is', stem('is')], ['bigger', stem('bigger')]]);
    expect(read('become small and big')).toEqual([['contraction', stem('contraction')], ['expansion', stem('expansion')]]);
  });

  it('reads a particle after a short object as the verb\'s, and drops it', () => {
    const words = (text: string) => read(text).map(([w]) => w);
    expect(words("pull the people's strength together")).toEqual(['gather', 'the', "people's", 'strength']);
    expect(words("what was holding urumqi's communities back")).toEqual(['what', 'was', 'restrict', "urumqi's", 'communities']);
    expect(words('who set the platforms up')).toEqual(['who', 'establish', 'the', 'platforms']);
    expect(words('how did they pin the common interests down')).toEqual(['how', 'did', 'they', 'find', 'the', 'common', 'interests']);
    expect(words('how did Urumqi push its governing weight down')).toEqual(['how', 'did', 'Urumqi', 'sink', 'its', 'governing', 'weight']);
    expect(words('what holds the ethnic groups together')).toEqual(['what', 'unite', 'the', 'ethnic', 'groups']);
    // Things compared are what is asked: no split.
    expect(words('compared Urumqi with Lhasa')).toContain('compared');
    // Past another clause it is not the verb's, nor past a longer object.
    expect(words('pull back and work together')[0]).toBe('pull');
    expect(words('hold the party and the people back')).toContain('hold');
    expect(words('hold the meetings of the big party back')).toContain('hold');
    // "In" after a noun begins a phrase of its own.
    expect(words('bring people in the community')).toEqual(['bring', 'people', 'in', 'the', 'community']);
  });

  it('reads a change of the circle as its contraction and expansion, and no other change', () => {
    const words = (text: string) => read(text).map(([w]) => w);
    expect(words('can the circle ever change')).toEqual(['can', 'the', 'circle', 'ever', 'static', 'expansion']);
    expect(words('for the ring to change')).toEqual(['for', 'the', 'ring', 'to', 'static', 'expansion']);
    expect(words('how did the pandemic change the circle')).toContain('change');
    expect(words('the circle and how laws change')).toContain('change');
  });

  it('leaves a verb without its particle alone', () => {
    expect(read('the people').at(-1)).toEqual(['people', stem('people')]);
    expect(read('what do they say').at(-1)).toEqual(['say', stem('say')]);
    expect(read('a set of rules')).toEqual([['a', 'a'], ['set', 'set'], ['of', 'of'], ['rules', stem('rules')]]);
    expect(read("gathering the people's hearts").at(-1)).toEqual(['hearts', stem('hearts')]);
  });

  it('lets a split phrasal verb find what the thesis says in its one word', async () => {
    const a = await (await testCore('none')).ask("what was holding urumqi's communities back, both from outside and inside?");
    expect(a.citations[0]?.quote).toMatch(/factors restricting the development of Urumqi community/u);
  });
});
