import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../helpers.ts';

/** Runs `chat` with the given typed lines, as a person would type them. */
async function chat(lines: string[], ...flags: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  async function* typed() {
    yield* lines;
  }
  const code = await main(['chat', ...flags], { out: (t) => out.push(t), err: (t) => err.push(t), lines: typed });
  return { code, out, err: err.join('\n') };
}

afterEach(() => vi.unstubAllEnvs());

describe('cli chat', () => {
  it('answers each line, reading a short follow-up in the light of the question before', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['What does chapter 3 say about consultation?', 'and in chapter 6?', '', 'thanks!'], '--json');
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(2);
    const [first, second] = r.out.map((line) => JSON.parse(line));
    expect(first.citations[0].section).toBe('chapter-3');
    expect(second).toMatchObject({ typed: 'and in chapter 6?', abstained: false });
    expect(second.citations[0].section).toBe('chapter-6');
    expect(second.citations[0].quote).toMatch(/consultation/);
  });

  it('starts a new conversation after a blank line, as a new thread would', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['What does chapter 3 say about consultation?', '', 'and in chapter 6?'], '--json');
    const second = JSON.parse(r.out[1] ?? '{}');
    expect(second.citations[0].quote).not.toMatch(/consultation/);
  });

  it('gives the rest of a list after one of its items, each item numbered as in the thesis', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['What are the four basic experiences of Urumqi community governance?', 'what is the first one?', 'what are the others?']);
    expect(r.out[1]).toMatch(/^In the 20 years of community development/);
    expect(r.out[2]).toMatch(/^2\. Through the continuous sinking .*\n3\. Strictly govern the party.*\n4\. Come from the masses/s);
    expect(r.out[2]).not.toMatch(/In the 20 years|already quoted/);
  });

  it('counts "the second one" in the order the list was shown, and finds where that one is treated', async () => {
    vi.stubEnv('EMBEDDINGS', 'use-lite');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['what are the four paths?', 'tell me more about the second one', 'which chapter covers it?']);
    expect(r.out[1]).toMatch(/^In chapter four, the party links with the masses of all ethnic groups through hundreds of clues/);
    expect(r.out[2]).toMatch(/^Chapter 4, “/);
  });

  it('asks a place of the list asked before: an item given, or a list the thesis only names', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['what are the four paths?', 'the third?', 'What are the six stages of Urumqi community development?', "what's the first?"]);
    expect(r.out[1]).toMatch(/^Through improving the construction quality of the Party branch/);
    expect(r.out[3]).toMatch(/names the six stages but does not list them, so it does not say which is the first/);
  });

  it('says when a "what else" finds nothing more, and goes on after a bad line', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['What are the three fine styles of the party?', 'what else?', 'what else?', 'x'.repeat(10_001), 'What is the mass line?']);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(5);
    expect(r.out[2]).toMatch(/^The thesis text we have says nothing more on this than the passages already quoted\./);
    expect(r.out[3]).toMatch(/^error: /);
    expect(r.out[4]).toMatch(/mass line/);
  });

  it('does not repeat quotes when a follow-up turns to a section that does not say', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['What does chapter 3 say about consultation?', 'and in chapter 5?'], '--json');
    const [first, second] = r.out.map((line) => JSON.parse(line));
    expect(second.answer).toMatch(/^Chapter 5 does not say/);
    const before = new Set(first.citations.map((c: { start: number }) => c.start));
    expect(second.citations.filter((c: { start: number }) => before.has(c.start))).toEqual([]);
  });

  it('keeps "what else" about a named section in that section, and says when it has no more', async () => {
    vi.stubEnv('EMBEDDINGS', 'none');
    vi.stubEnv('DATA_DIR', tempDir());
    const r = await chat(['What does chapter 6 say about consultation?', 'what else?', 'what else?', 'what else?'], '--json');
    const answers = r.out.map((line) => JSON.parse(line));
    const last = answers.at(-1);
    expect(answers.slice(0, -1).flatMap((a) => a.citations.map((c: { section: string }) => c.section))).toEqual(expect.arrayContaining(['chapter-6']));
    expect(answers.flatMap((a) => a.citations.map((c: { section: string }) => c.section))).not.toContain('chapter-3');
    expect(last).toMatchObject({ abstained: true, citations: [] });
    expect(last.answer).toMatch(/^The thesis text we have says nothing more on this than the passages already quoted\./);
  });
});
