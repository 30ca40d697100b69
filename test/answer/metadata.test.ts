import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerMetadata } from '../../src/answer/metadata.ts';
import { parseThesis } from '../../src/ingest/parse.ts';

const corpus = readFileSync('data/thesis.txt', 'utf8');
const parsed = parseThesis(corpus);
const ask = (q: string) => answerMetadata(q, parsed, corpus);

describe('answerMetadata', () => {
  it.each([
    ['Who is the author?', /written by Y L Wang/],
    ["Who's the candidate?", /written by Y L Wang/],
    ['Which person wrote this dissertation?', /written by Y L Wang/],
    ['Is Wang the only author?', /written by Y L Wang/],
    ['By whom was it written?', /written by Y L Wang/],
    ['who write this thesis', /written by Y L Wang/],
    ['Who is Wang?', /written by Y L Wang/],
    // A guessed name, right or wrong, is answered with the record's.
    ['is the author named Wang?', /^The thesis was written by Y L Wang\./],
    ['is Li the author?', /^The thesis was written by Y L Wang\./],
    ['doc type', /It is a dissertation/],
    // The record has initials only, and says so when the name written out is asked.
    ["What is the author's first name?", /^The thesis was written by Y L Wang\. \[Metadata\] The record gives the given name only as initials\.$/],
    ['What does Y L stand for?', /written by Y L Wang\. \[Metadata\] The record gives the given name only as initials\./],
    ["What's the subject?", /Doctrine of the party and party building/],
    // "Of the work" is the work, however the title is qualified before it.
    ['Full title of the work?', /titled “On "Concentric Circles"/],
    ['What is the official title of the paper?', /titled “On "Concentric Circles"/],
    ['What academic subject is this dissertation filed under?', /Doctrine of the party and party building/],
    ['Which doctoral field does this work belong to?', /Doctrine of the party and party building/],
    ["Under what heading is this work's discipline filed?", /Doctrine of the party and party building/],
    ["Could you give me the author's name and the degree?", /^The thesis was written by Y L Wang\. \[Metadata\] It was written for the degree of Doctor\. \[Metadata\]$/],
    ['Tell me about this dissertation: who, when, what degree?', /^The thesis was written by Y L Wang\. \[Metadata\] It was posted on 2021-12-01\. \[Metadata\] It was written for the degree of Doctor\. \[Metadata\]$/],
    ['when this thesis is publish?', /^It was posted on 2021-12-01\./],
    ['On what date did it go online?', /^It was posted on 2021-12-01\./],
    ['On what date did the thesis go up?', /^It was posted on 2021-12-01\./],
    ['the thesis was posted in 2019, right?', /^It was posted on 2021-12-01\./],
    ['How many keywords does the record list?', /^It has four keywords: community governance, /],
    ["what does 'Doctrine of the party and party building' refer to here", /^Its subject is Doctrine of the party and party building\./],
    ['For the bibliography I need the author, year and title', /^The thesis was written by Y L Wang\. \[Metadata\] The thesis is titled .* It was posted on 2021-12-01\. \[Metadata\]$/],
    ["What's the dissertation called?", /titled/],
    ['author + title?', /^The thesis was written by Y L Wang\. \[Metadata\] The thesis is titled/],
    ['author/year', /^The thesis was written by Y L Wang\. \[Metadata\] It was posted on 2021-12-01/],
    ["What's the thesis's full name?", /titled/],
    ['In which year was the thesis published?', /2021-12-01/],
    ['Is this a PhD thesis?', /degree of Doctor/],
    ['Is it a dissertation?', /^It is a dissertation\. \[Metadata\]$/],
    ['Is this a dissertation or a journal article?', /^It is a dissertation\. \[Metadata\]$/],
    ['This paper is publish when?', /^It was posted on 2021-12-01\. \[Metadata\]$/],
    ['When did the record appear online?', /^It was posted on 2021-12-01\. \[Metadata\]$/],
    ['PhD or masters?', /degree of Doctor/],
    ["is it a master's thesis", /degree of Doctor/],
    ['Ph.D. dissertation?', /degree of Doctor/],
    ['doctorate?', /degree of Doctor/],
    ['作者是谁？', /written by Y L Wang/],
    ['作者在哪所大学读博士？', /^The catalogue record we have does not give its university\.$/],
    ['Who is the author and who supervised it?', /written by Y L Wang\..*does not give its supervisor\./],
    ['What language is the thesis written in?', /^The catalogue record we have does not give the language of its full text\.$/],
    // The author by name is the author.
    ['Where did Wang study?', /^The catalogue record we have does not give facts about its author beyond the name\.$/],
    ['Some say the author later became a party official. Is that in the thesis?', /^The catalogue record we have does not give facts about its author beyond the name\.$/],
    // More about the author, asked outright or of "them" after the author was asked.
    ['Tell me more about the author.', /^The catalogue record we have does not give facts about its author beyond the name\.$/],
    ["What about the author's family?", /^The catalogue record we have does not give facts about its author beyond the name\.$/],
    ['what else do we know about them (who is the author?)', /^The thesis was written by Y L Wang\. \[Metadata\] The catalogue record we have does not give facts about its author beyond the name\.$/],
    ['Is there an English translation?', /^The catalogue record we have does not give the language of its full text\.$/],
    ['这篇论文是哪一年发表的？', /2021-12-01/],
    ['关键词是什么', /Its keywords are/],
    ['What kind of document is this?', /It is a dissertation\./],
    ['what sort of work is this, a thesis or an article?', /It is a dissertation\./],
    ['can you give me the keywords and the year', /posted on 2021-12-01\. \[Metadata\] Its keywords are/],
    ['Which country is the thesis from?', /China/],
    ['Which nation is the dissertation from?', /China/],
    ['which country?', /China/],
    ['is it from china?', /China/],
    ['Is the dissertation from 2021?', /^It was posted on 2021-12-01\. \[Metadata\]$/],
    ['Is the subject party building?', /Its subject is Doctrine of the party and party building/],
    ['What is the thesis titled?', /titled “On "Concentric Circles"/],
    ['When was the dissertation posted?', /2021-12-01/],
    ['Was it posted in 2021?', /posted on 2021-12-01/],
    ['Was the thesis published in December?', /posted on 2021-12-01/],
    ['What degree is it for?', /degree of Doctor/],
    ['Which discipline does it belong to?', /Doctrine of the party and party building/],
    ['What are the keywords?', /community governance, Party masses interaction, concentric circle, Urumqi/],
    ['Whose dissertation is this?', /written by Y L Wang/],
    ['author?', /written by Y L Wang/],
    ['Which year?', /2021-12-01/],
    ['pub date?', /2021-12-01/],
    ['thesis title and author please', /written by Y L Wang.*titled/],
    ['What are the tags of this thesis?', /Its keywords are/],
    // A word put to the keywords gets its verdict first.
    ['Is Urumqi one of the keywords?', /^Yes\. Its keywords are/],
    ['is concentric circle a keyword?', /^Yes\. Its keywords are/],
    ['Is Kashgar one of the keywords?', /^No\. Its keywords are/],
    // Whom the answer is for is no part of what is asked.
    ['Tell a librarian when it was posted.', /posted on 2021-12-01/],
    ['Who is Y. L. Wang?', /written by Y L Wang/],
    ['Who is credited as the author?', /written by Y L Wang/],
    ['who writed this thesis', /written by Y L Wang/],
    ["what are the author's initials?", /written by Y L Wang/],
    ["Wang's first name?", /written by Y L Wang/],
    ["what is Y L Wang's full name", /written by Y L Wang/],
    ['Who is the dissertation by?', /written by Y L Wang/],
    ['Who penned this dissertation?', /written by Y L Wang/],
    ['Who is the researcher behind this?', /written by Y L Wang/],
    ['Which scholar produced this dissertation?', /written by Y L Wang/],
    ['Headline of the thesis?', /titled “On "Concentric Circles"/],
    ['Which person is the candidate?', /written by Y L Wang/],
    ['when this thesis come out', /posted on 2021-12-01/],
    ['Who wrote it, and when?', /written by Y L Wang\. \[Metadata\] It was posted on 2021-12-01/],
    ['Which month and year was it posted?', /posted on 2021-12-01/],
    ['What are the key terms listed for the thesis?', /Its keywords are/],
    ["Who's responsible for this research?", /written by Y L Wang/],
    ['How old is this thesis?', /posted on 2021-12-01/],
    ['What level is this research?', /degree of Doctor/],
    ["What is the thesis's ID number?", /1486306041972729/],
    ['Give me the bibliographic details', /^The thesis was written by Y L Wang\. \[Metadata\] The thesis is titled .* It was posted on 2021-12-01\. .*Doctor.*Doctrine of the party/],
    ['Can you cite this thesis for me?', /^The thesis was written by Y L Wang\. \[Metadata\] The thesis is titled .* It was posted on 2021-12-01\./],
    ['thesis name is what', /titled “On "Concentric Circles"/],
    ['What is the disciplinary classification of the dissertation?', /Doctrine of the party and party building/],
    ['On what date was the record posted?', /posted on 2021-12-01/],
  ])('%s', (q, answer) => {
    const a = ask(q);
    expect(a?.answer).toMatch(answer);
    for (const c of a?.citations ?? []) expect(corpus.slice(c.start, c.end)).toBe(c.quote);
  });

  it('says honestly what the record does not give', () => {
    expect(ask('Who supervised the dissertation?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its supervisor.' });
    expect(ask("Who was the author's advisor?")).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its supervisor.' });
    expect(ask('who supervised it?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its supervisor.' });
    expect(ask("What is the author's email address?")).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give facts about its author beyond the name.' });
    expect(ask("what are the author's political views?")).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give facts about its author beyond the name.' });
    expect(ask('where does the author come from?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give facts about its author beyond the name.' });
    expect(ask('So the author worked in an Urumqi community office, right?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give facts about its author beyond the name.' });
    expect(ask('what did the author do before the PhD?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give facts about its author beyond the name.' });
    expect(ask('Who published it?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its publisher.' });
    expect(ask('Which publisher printed the thesis?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its publisher.' });
    expect(ask('When was it published?')?.answer).toMatch(/2021-12-01/u);
    // Who supervises party members is a question about the text.
    expect(ask('and who supervises party members?')).toBeUndefined();
    // Asked together, each is answered: the author from the record, the supervisor as missing.
    expect(ask('Who supervised or wrote this thesis?')?.answer).toBe('The thesis was written by Y L Wang. [Metadata] The catalogue record we have does not give its supervisor.');
    expect(ask('what other theses has Wang written?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give other works by its author.' });
    expect(ask('What else has the author written?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give other works by its author.' });
    expect(ask("How does Wang's earlier work relate to this thesis?")).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give other works by its author.' });
    expect(ask('Has Y. L. Wang published anything else?')).toMatchObject({ abstained: true });
    expect(ask('Where did the author do their PhD?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its university.' });
    // "Who's it for?" asks readers, not the author.
    expect(ask("who's it for?")).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its intended readers.' });
    expect(ask('Who is the thesis written for?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its intended readers.' });
    expect(ask('When was the thesis defended?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its defence date.' });
    expect(ask('Who examined the dissertation?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its examiners.' });
    expect(ask('Who was on the examination committee?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its examiners.' });
    expect(ask('who was the external examiner')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its examiners.' });
    expect(ask('What grade did the dissertation receive?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its grade.' });
    expect(ask('What result did the thesis get?')).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its grade.' });
    expect(ask('What result has targeted governance achieved?')).toBeUndefined();
    expect(ask('What mark has the party left on the communities?')).toBeUndefined();
    expect(ask('What score does consultation get among the experiences?')).toBeUndefined();
    expect(ask('What is the identifier of the mass work?')).toBeUndefined();
    expect(ask('What title does Xi Jinping hold?')).toBeUndefined();
    expect(ask('kind of degree?')?.answer).toBe('It was written for the degree of Doctor. [Metadata]');
    expect(ask('this paper is write in which year')?.answer).toBe('It was posted on 2021-12-01. [Metadata]');
    expect(ask('Is it a doctoral thesis from China?')?.answer).toBe('It was written for the degree of Doctor. [Metadata] It comes from China. [Metadata]');
    expect(ask("is the thesis's data from interviews?")).toBeUndefined();
    expect(ask('What title does the thesis have?')?.answer).toMatch(/^The thesis is titled/);
    expect(ask('Which school of thought does the mass line come from?')).toBeUndefined();
    // An institution said to do something in the text is asked of the text; one the work is from, of the record.
    expect(ask('Which institution has been central in the national governance system?')).toBeUndefined();
    expect(ask('which institution is this from?')?.answer).toMatch(/does not give its university/);
    expect(ask('Who wrote the dissertation and in which country?')?.answer).toBe('The thesis was written by Y L Wang. [Metadata] It comes from China. [Metadata]');
    expect(ask("what's the degree and the country")?.answer).toBe('It was written for the degree of Doctor. [Metadata] It comes from China. [Metadata]');
    expect(ask("What's the thesis's identifier?")?.answer).toMatch(/1486306041972729/);
    // Examining a topic is the thesis's work, not its examiners'.
    expect(ask('who examined the role of consultation')).toBeUndefined();
    // The record names the full text's format; the file itself is not ours to give.
    for (const q of ['Is there a PDF?', 'where can I read the full text?', 'can I download the thesis?']) {
      expect(ask(q), q).toMatchObject({ abstained: false, answer: 'The catalogue lists its full text as PDF; this bot has only the text it was given, not that file. [Metadata]' });
      expect(ask(q)?.citations[0]?.quote).toBe('PDF');
    }
    const bare = parseThesis(corpus.replace('Full Text:PDF', ''));
    expect(answerMetadata('Is there a PDF?', bare, corpus)).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give its full text.' });
    for (const q of ['Is the author a party member?', "What is the author's background?", 'Where is the author from?', "What is the author's current job?", 'What does the author do for a living?', 'Why did the author choose a doctoral program in Xinjiang?']) {
      expect(ask(q), q).toMatchObject({ abstained: true, answer: 'The catalogue record we have does not give facts about its author beyond the name.' });
    }
    expect(ask('Is the author arguing against pluralism?')).toBeUndefined();
    expect(ask("What is Wang's argument about consultation?")).toBeUndefined();
    expect(ask("What is the name of Wang's university?")).toBeUndefined();
    expect(ask('what kind of work is national unity work, according to Xi?')).toBeUndefined();
    expect(ask('My supervisor asked me what the four paths are')).toBeUndefined();
    // A country asked of a place in the thesis is a question about the text, not the record.
    expect(ask('What country is Urumqi in?')).toBeUndefined();
    expect(ask('Is it from the party?')).toBeUndefined();
  });

  it('gives what the record has and says what it lacks in one answer', () => {
    expect(ask('Where was the thesis written?')).toMatchObject({ abstained: false, answer: 'It comes from China. [Metadata] The catalogue record we have does not give its university.' });
  });

  it('leaves questions about content alone', () => {
    expect(ask('How many interviews did the author conduct?')).toBeUndefined();
    expect(ask("Of the party's three fine styles, which does the thesis name?")).toBeUndefined();
    expect(ask('By whom was the activity of visiting the people deployed?')).toBeUndefined();
    expect(ask('社区治理什么时候开始？')).toBeUndefined();
    expect(ask('Who deployed the activity of visiting the people?')).toBeUndefined();
    expect(ask('What is the date of the 19th National Congress?')).toBeUndefined();
    expect(ask('What does the doctoral thesis say about consultation?')).toBeUndefined();
    expect(ask('Which subject has concentric circle theory been applied to?')).toBeUndefined();
    expect(ask('Which field does the concentric circle come from?')).toBeUndefined();
    expect(ask('Who wrote the 19th National Congress report?')).toBeUndefined();
    expect(ask('What degree of flexibility does the circle have?')).toBeUndefined();
    expect(ask('Who is the author of the mass line?')).toBeUndefined();
    expect(ask('Who wrote about consultative democracy first?')).toBeUndefined();
    expect(ask('who write about the corps?')).toBeUndefined();
    expect(ask('Which country does the thesis compare China with?')).toBeUndefined();
    expect(ask('When was this activity deployed?')).toBeUndefined();
    expect(ask("What's the title of this activity?")).toBeUndefined();
    expect(ask('Who is the candidate for the leading core?')).toBeUndefined();
    expect(ask('What are the keywords of consultative democracy?')).toBeUndefined();
    expect(ask('What is the subject of the sentence about the four dangers?')).toBeUndefined();
    expect(ask('When was it confirmed that the framework applies to Urumqi?')).toBeUndefined();
    expect(ask('Was the thesis written in Urumqi?')).toBeUndefined();
  });
});
