import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../helpers.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => vi.unstubAllEnvs());

describe('cli ingest', () => {
  it('builds the index and reports sections, chunks, embedder and time', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const first = await run('ingest');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Built the index \(there was no index yet\)/);
    expect(first.out).toMatch(/sections: 8 \(overview, introduction, chapter-1/);
    expect(first.out).toMatch(/chunks: {3}\d+/);
    expect(first.out).toMatch(/embedder: none \(keyword search only\)/);
    expect((await run('ingest')).out).toMatch(/up to date/);
    expect((await run('ingest', '--force')).out).toMatch(/a rebuild was asked for/);
  });

  it('fails with a clear message and no stack for a missing or binary corpus', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    vi.stubEnv('CORPUS_PATH', '/no/such/file.txt');
    const missing = await run('ingest');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^error: The corpus file \/no\/such\/file.txt cannot be read\. Set CORPUS_PATH/);
    expect(missing.err).not.toMatch(/\n\s+at /);
    const binary = path.join(tempDir(), 'x.bin');
    writeFileSync(binary, Buffer.from([1, 2, 0, 3]));
    vi.stubEnv('CORPUS_PATH', binary);
    expect((await run('ingest')).err).toMatch(/looks binary/);
  });

  it('reports a corrupt index folder by rebuilding it', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    const dataDir = tempDir();
    vi.stubEnv('DATA_DIR', dataDir);
    await run('ingest');
    writeFileSync(path.join(dataDir, 'index', 'manifest.json'), '{"embedder":"none","corpusHash":"x"');
    const again = await run('ingest');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/the old index was damaged/);
  });

  it('exits 2 on usage and settings errors', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('ingest', '--nope')).code).toBe(2);
    vi.stubEnv('EMBEDDINGS', 'gpt');
    const bad = await run('ingest');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/EMBEDDINGS: use auto/);
  });
});

describe('cli queries', () => {
  const useTempIndex = () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
  };

  it('ask --json prints one object with the answer and citations, building the index first', async () => {
    useTempIndex();
    const r = await run('ask', '--json', 'What are the three fine styles of the party?');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/note: building the index first \(there was no index yet\)/);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['question', 'answer', 'abstained', 'citations', 'nearest']);
    expect(json.citations[0]).toMatchObject({ section: 'chapter-1', label: 'Chapter 1' });
    expect(Object.keys(json.citations[0])).toEqual(['section', 'label', 'title', 'quote', 'start', 'end', 'score']);
  });

  it('ask prints the answer and sources for a person', async () => {
    useTempIndex();
    const r = await run('ask', 'What', 'is', 'the', 'key', 'to', 'community', 'governance?');
    expect(r.out).toMatch(/\[Ch\. 1\]\n\nSources:\n {2}1\. Chapter 1: /);
  });

  it('ask --batch answers each line in order, one JSON object per line', async () => {
    useTempIndex();
    const file = path.join(tempDir(), 'q.txt');
    writeFileSync(file, 'Who wrote the thesis?\n\nWhat does chapter twelve say?\n   \nWhat are the three fine styles of the party?\n');
    const r = await run('ask', '--json', '--batch', file);
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['Who wrote the thesis?', 'What does chapter twelve say?', 'What are the three fine styles of the party?']);
    expect(lines.map((l) => l.abstained)).toEqual([false, true, false]);
  });

  it('summarize and lookup print the documented JSON', async () => {
    useTempIndex();
    const s = JSON.parse((await run('summarize', '--json', 'ch4')).out);
    expect(Object.keys(s)).toEqual(['section', 'label', 'title', 'summary', 'citations']);
    expect(s.section).toBe('chapter-4');
    const l = JSON.parse((await run('lookup', '--json', 'consultative')).out);
    expect(Object.keys(l)).toEqual(['term', 'total', 'matches']);
    expect(Object.keys(l.matches[0])).toEqual(['section', 'label', 'count', 'snippets']);
  });

  it('summarize, lookup and chapters read the text alone: no model warning, no index built', async () => {
    vi.stubEnv('EMBEDDINGS', 'auto');
    vi.stubEnv('TRANSFORMERS_OFFLINE', 'true');
    vi.stubEnv('DATA_DIR', tempDir());
    const runs = [await run('summarize', 'intro'), await run('lookup', 'consultation'), await run('chapters')];
    expect(runs.map((r) => [r.code, r.err])).toEqual([[0, ''], [0, ''], [0, '']]);
    expect(existsSync(path.join(process.env.DATA_DIR ?? '', 'index'))).toBe(false);
  });

  it('exits 2 for usage errors, bad questions and unknown sections, with clear messages', async () => {
    useTempIndex();
    expect((await run('ask')).code).toBe(2);
    expect((await run('summarize')).code).toBe(2);
    expect((await run('lookup')).code).toBe(2);
    const bad = await run('summarize', 'nine');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/There is no section "nine"\. Choose one of: overview/);
    const empty = await run('ask', '   ');
    expect(empty.code).toBe(2);
    const emoji = await run('ask', '😀😀');
    expect(emoji).toMatchObject({ code: 2, out: '' });
    expect(emoji.err).toBe('error: I could not find any words in that. Please ask your question in words.');
  });

  it('prints the outline and the record', async () => {
    useTempIndex();
    expect((await run('chapters')).out.split('\n')).toHaveLength(8);
    expect((await run('about')).out).toMatch(/Author {4}Y L Wang/);
  });
});
