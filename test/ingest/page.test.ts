import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest/page.ts';

const thesis = readFileSync('data/thesis.txt', 'utf8');
const numbered = readFileSync('test/fixtures/numbered-thesis.txt', 'utf8');

describe('readPage', () => {
  it('reads the glued metadata labels of the catalogue page', () => {
    expect(readPage(thesis).metadata).toEqual({
      title: 'On "Concentric Circles" Of Urban Community Governance And Interaction Between The Party And The Masses',
      datePosted: '2021-12-01',
      degree: 'Doctor',
      type: 'Dissertation',
      country: 'China',
      author: 'Y L Wang',
      identifier: '1486306041972729',
      subject: 'Doctrine of the party and party building',
      keywords: ['community governance', 'Party masses interaction', 'concentric circle', 'Urumqi'],
      fullText: 'PDF',
    });
  });

  it('keeps only the prose as body, without page widgets or labels', () => {
    const body = readPage(thesis).body.map((s) => thesis.slice(s.start, s.end)).join('\n');
    expect(body.startsWith('Community is the basic unit')).toBe(true);
    expect(body.endsWith('further developed and improved.')).toBe(true);
    for (const noise of ['Font Size', 'PDF Full Text Request', 'Related items', 'Keywords/Search Tags']) expect(body).not.toContain(noise);
  });

  it('reads a page of another shape', () => {
    const page = readPage(numbered);
    expect(page.metadata).toMatchObject({ title: 'Tidal Energy And Coastal Towns', author: 'A. B. Smith', degree: 'Master', datePosted: '2019-06-30' });
    expect(page.metadata.keywords).toEqual(['tidal energy', 'coastal towns', 'planning']);
    const body = page.body.map((s) => numbered.slice(s.start, s.end)).join('\n');
    expect(body).toContain('This thesis asks');
    expect(body).not.toMatch(/Share \| Print|Related articles|Thesis Repository/);
  });

  it('keeps a short sentence once the text has begun, but no short line before it or without a full stop', () => {
    const raw = ['Site Menu Home', 'A Study Of Rivers', 'Abstract', 'This study of rivers has twelve words or more in one single line of prose.', 'The rivers rise.', 'Related items', 'Cited by 3'].join('\n');
    const body = readPage(raw).body.map((s) => raw.slice(s.start, s.end));
    expect(body).toEqual(['This study of rivers has twelve words or more in one single line of prose.', 'The rivers rise.']);
  });

  it('joins the lines of a hard-wrapped paragraph, but not a heading or a subsection heading to the prose after it', () => {
    const raw = ['Abstract', 'This dissertation studies how rivers shape the roads of', 'small mountain towns, and what planners learn.', '', 'Chapter 2: Roads', 'Roads that leave the river', 'valleys cost twice as much.', '2.1 The Costs', 'Costs were taken from budgets and tender records.'].join('\n');
    const body = readPage(raw).body.map((s) => raw.slice(s.start, s.end));
    expect(body).toEqual([
      'This dissertation studies how rivers shape the roads of\nsmall mountain towns, and what planners learn.',
      'Chapter 2: Roads',
      'Roads that leave the river\nvalleys cost twice as much.',
      'Costs were taken from budgets and tender records.',
    ]);
  });

  it('takes the prose after an "Abstract:" label as body', () => {
    const page = readPage('Abstract: This study of rivers has twelve words or more in one single line of prose.\n');
    expect(page.body).toHaveLength(1);
  });
});
