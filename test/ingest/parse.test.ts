import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../src/ingest/parse.ts';
import { proseOf } from '../../src/ingest/sections.ts';
import { readPage } from '../../src/ingest/page.ts';

const thesis = readFileSync('data/thesis.txt', 'utf8');
const numbered = readFileSync('test/fixtures/numbered-thesis.txt', 'utf8');

/** [id, label, opening sentence starts with, closing sentence starts with, sentence count] */
const BOUNDARIES = [
  ['overview', 'Overview', 'Community is the basic unit', 'In the analysis and demonstration', 10],
  ['introduction', 'Introduction', 'The introduction part mainly introduces', 'The introduction part mainly introduces', 1],
  ['chapter-1', 'Chapter 1', 'The first chapter defines the concept', 'It is a theoretical model based on the mass line', 26],
  ['chapter-2', 'Chapter 2', 'The second chapter introduces the history', 'This paper expounds the general situation', 2],
  ['chapter-3', 'Chapter 3', 'In the third chapter,the author discusses', 'The party organization has found the greatest common denominator', 4],
  ['chapter-4', 'Chapter 4', 'In chapter four,the party links', 'Through the integration and development of the corps', 6],
  ['chapter-5', 'Chapter 5', 'Chapter five is the "last kilometer"', 'Urumqi community party organization has played a role', 4],
  ['chapter-6', 'Chapter 6', 'The sixth chapter,the contraction and expansion', 'With the expansion of "concentric circle",targeted governance', 8],
] as const;

describe('parseThesis on data/thesis.txt', () => {
  const parsed = parseThesis(thesis);

  it('finds the overview, the introduction and six chapters in order', () => {
    expect(parsed.sections.map((s) => s.id)).toEqual(BOUNDARIES.map((b) => b[0]));
    expect(parsed.warnings).toEqual([]);
  });

  it.each(BOUNDARIES)('%s opens and closes where the abstract says', (id, label, opening, closing, count) => {
    const section = parsed.sections.find((s) => s.id === id);
    expect(section?.label).toBe(label);
    expect(section?.sentences[0]?.text.startsWith(opening)).toBe(true);
    expect(section?.sentences.at(-1)?.text.startsWith(closing)).toBe(true);
    expect(section?.sentences).toHaveLength(count);
  });

  it('gives the thesis-wide text before the introduction and after the last chapter to the overview', () => {
    const overview = parsed.sections[0]?.sentences.map((s) => s.text) ?? [];
    expect(overview[6]).toMatch(/^The thesis is divided into three parts/);
    expect(overview[7]).toMatch(/^This paper attempts to use the analysis framework/);
  });

  it('loses and duplicates no sentence: the sections concatenate back to the body', () => {
    const all = parsed.sections.flatMap((s) => s.sentences).sort((a, b) => a.start - b.start);
    const body = readPage(thesis).body.map((s) => thesis.slice(s.start, s.end)).join('');
    expect(all.map((s) => s.text).join('').replace(/\s+/g, '')).toBe(body.replace(/\s+/g, ''));
    expect(new Set(all.map((s) => s.start)).size).toBe(all.length);
    for (const s of all) expect(thesis.slice(s.start, s.end)).toBe(s.text);
  });

  it('titles sections from their own opening sentence', () => {
    const titles = Object.fromEntries(parsed.sections.map((s) => [s.id, s.title]));
    expect(titles['introduction']).toBe('The reason and significance of the topic');
    expect(titles['chapter-3']).toMatch(/^How to find the largest common denominator/);
    expect(titles['chapter-5']).toBe('The "last kilometer" connecting the people closely');
    for (const title of Object.values(titles)) expect(title.split(' ').length).toBeLessThanOrEqual(10);
  });
});

describe('parseThesis on other shapes', () => {
  it('reads numbered "Chapter N" openings and a conclusion', () => {
    const parsed = parseThesis(numbered);
    expect(parsed.sections.map((s) => s.id)).toEqual(['overview', 'introduction', 'chapter-1', 'chapter-2', 'chapter-3', 'chapter-4', 'conclusion']);
    expect(parsed.sections.find((s) => s.id === 'conclusion')?.sentences).toHaveLength(2);
    expect(parsed.sections.find((s) => s.id === 'chapter-1')?.title).toBe('Reviews the literature on tidal energy and local planning');
  });

  it('reads Chinese chapter markers', () => {
    const text = '本文研究城市社区治理的同心圆模式以及党群互动关系和实践经验，共分六章进行论述和分析。第一章界定了社区治理的概念与理论基础。第二章回顾了乌鲁木齐社区治理的历史与现状。第三章讨论了协商民主。';
    const ids = parseThesis(`${text}\n`).sections.map((s) => s.id);
    expect(ids).toEqual(['overview', 'chapter-1', 'chapter-2', 'chapter-3']);
  });

  it('treats a text without chapters as one overview section, with a warning', () => {
    const parsed = parseThesis('A short essay about rivers and the towns that grow along their banks over many years.\n');
    expect(parsed.sections.map((s) => s.id)).toEqual(['overview']);
    expect(parsed.warnings[0]).toMatch(/No chapters were recognised/);
  });

  it('does not open a chapter for a later mention of an earlier one', () => {
    const parsed = parseThesis('Chapter 1 sets the scene for the whole study of rivers and towns. Chapter 2 returns to the towns. Chapter 1 is recalled here.\n');
    expect(parsed.sections.find((s) => s.id === 'chapter-2')?.sentences).toHaveLength(2);
  });

  it('rejects binary input and text without prose with a clear error', () => {
    expect(() => parseThesis('\u0000\u0001binary')).toThrow(/binary/);
    expect(() => parseThesis('Font Size: a A A\nRelated items\n')).toThrow(/no prose/);
  });
});

describe('parseThesis on a full text with headings', () => {
  const text = readFileSync('test/fixtures/full-text-thesis.txt', 'utf8');
  const parsed = parseThesis(text);
  const section = (id: string) => parsed.sections.find((s) => s.id === id);

  it('divides the text at its headings', () => {
    expect(parsed.sections.map((s) => s.id)).toEqual(['overview', 'introduction', 'chapter-1', 'chapter-2', 'chapter-3', 'conclusion']);
    expect(section('chapter-2')?.sentences[0]?.text).toBe('Chapter 2. The Towns');
  });

  it('keeps prose that previews later chapters where it stands', () => {
    expect(section('overview')?.sentences.map((s) => s.text).join(' ')).toMatch(/Chapter 2 describes the towns/);
    expect(section('introduction')?.sentences.at(-1)?.text).toMatch(/^Chapter 3 will return to the methods/);
    expect(section('chapter-3')?.sentences).toHaveLength(3);
  });

  it('titles sections from their headings', () => {
    expect(parsed.sections.map((s) => s.title)).toEqual([
      'This dissertation studies how small coastal towns plan for…',
      'Coastal towns face a choice about tidal energy that…',
      'Literature',
      'The Towns',
      'Interviews',
      'This thesis shows that small towns need shared ownership…',
    ]);
    expect(parsed.metadata).toMatchObject({ title: 'Water And Towns: Planning For Tidal Energy', author: 'C. D. Lee', degree: 'Doctor' });
  });
});

describe('parseThesis on a full text with numbered headings', () => {
  const parsed = parseThesis(readFileSync('test/fixtures/numbered-headings-thesis.txt', 'utf8'));

  it('takes "1 Introduction" and "3. Disputes" as chapters by their numbers, not "2.1 The Minutes"', () => {
    expect(parsed.sections.map((s) => [s.id, s.title])).toEqual([
      ['overview', 'This thesis asks how harbour towns govern their shared…'],
      ['chapter-1', 'Introduction'],
      ['chapter-2', 'Shared Waters'],
      ['chapter-3', 'Disputes'],
      ['chapter-4', 'Conclusions'],
    ]);
    expect(parsed.sections.find((s) => s.id === 'chapter-2')?.sentences.at(-1)?.text).toMatch(/^The minutes were kept/);
  });

  it('marks heading lines, which stay in their section, so they are not quoted as prose', () => {
    const two = parsed.sections.find((s) => s.id === 'chapter-2');
    expect(two?.sentences.filter((s) => s.heading).map((s) => s.text)).toEqual(['2 Shared Waters']);
    expect(proseOf(two!).map((s) => s.text)[0]).toMatch(/^The three councils met/);
  });
});

describe('parseThesis on a Chinese full text', () => {
  it('reads Chinese labels, headings and sentences', () => {
    const text = [
      '城市社区治理“同心圆”研究',
      '作者：王某',
      '摘要：本文以乌鲁木齐为例研究城市社区治理中的党群互动关系，提出了党群互动同心圆的分析框架并加以论证。',
      '第一章 绪论',
      '本章介绍选题的缘由与意义，国内外研究现状，研究方法以及可能的创新之处和研究难点。',
      '第二章 协商民主',
      '本章讨论如何通过社区协商找到各族群众利益的最大公约数。并建立科学有效的协商制度和议事平台。',
      '结论',
      '本文认为党群互动同心圆的理论框架适用于乌鲁木齐的实际，并将随着实践的发展而进一步完善。',
    ].join('\n');
    const parsed = parseThesis(text);
    expect(parsed.metadata).toMatchObject({ title: '城市社区治理“同心圆”研究', author: '王某' });
    expect(parsed.sections.map((s) => [s.id, s.sentences.length])).toEqual([['overview', 1], ['chapter-1', 2], ['chapter-2', 3], ['conclusion', 2]]);
    expect(parsed.sections.find((s) => s.id === 'chapter-2')?.title).toBe('协商民主');
  });
});
