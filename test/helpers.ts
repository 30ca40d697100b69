import { mkdtempSync } from 'node:fs';
import { expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreConfig } from '../src/config.ts';
import type { Embedder } from '../src/embed/embedder.ts';
import { loadTransformersEmbedder } from '../src/embed/transformers.ts';
import { loadUseLiteEmbedder } from '../src/embed/use-lite.ts';
import { ThesisCore } from '../src/core.ts';
import { loadThesis } from '../src/thesis.ts';
import { type Hit, type Passage, Retriever } from '../src/retrieval/search.ts';
import { contentStems } from '../src/retrieval/terms.ts';
import { type Turn, readFollowUp, turnAfter } from '../src/answer/conversation.ts';
import type { Answer } from '../src/answer/types.ts';
import type { Section } from '../src/types.ts';
import { readWith } from '../src/answer/idioms.ts';

/** Cosine similarity of two unit vectors (the index computes its own; tests compare vectors with this). */
export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'thesis-bot-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

let tiny: Promise<Embedder> | undefined;

/** The committed tiny random-weight BERT, loaded once per test file through Transformers.js. */
export function tinyEmbedder(): Promise<Embedder> {
  tiny ??= loadTransformersEmbedder({ model: 'tiny-bert', localModels: path.resolve('test/fixtures'), cacheDir: tempDir(), offline: true, quantized: false });
  return tiny;
}

/** Core settings for tests: a temporary data folder and the given corpus. */
export function testConfig(overrides: Partial<CoreConfig> = {}): CoreConfig {
  const dataDir = tempDir();
  return {
    corpusPath: path.resolve('data/thesis.txt'),
    dataDir,
    indexDir: path.join(dataDir, 'index'),
    feedbackPath: path.join(dataDir, 'feedback.jsonl'),
    answersPath: path.join(dataDir, 'answers.jsonl'),
    threadsPath: path.join(dataDir, 'threads.jsonl'),
    embeddings: 'none',
    transformers: { model: 'tiny-bert', localModels: path.resolve('test/fixtures'), cacheDir: tempDir(), offline: true, quantized: false },
    ...overrides,
  };
}

const cores = new Map<string, Promise<ThesisCore>>();

/**
 * The real core over data/thesis.txt, with USE-lite vectors (the offline default) or with
 * keywords only, built into a temporary folder once per test file.
 */
export function testCore(embeddings: 'use-lite' | 'none' = 'none'): Promise<ThesisCore> {
  let core = cores.get(embeddings);
  if (!core) {
    core = (async () => {
      const config = testConfig({ embeddings });
      const embedder = embeddings === 'use-lite' ? await loadUseLiteEmbedder() : undefined;
      return new ThesisCore(await loadThesis(config, { warn: () => {}, onStale: 'rebuild', embedder }));
    })();
    cores.set(embeddings, core);
  }
  return core;
}

/** The answers to messages typed one after another in one conversation, as the chat and a Discord thread read them. */
export async function converse(core: ThesisCore, typed: readonly string[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  let before: Turn | undefined;
  for (const message of typed) {
    const followUp = readFollowUp(before, message, core.thesis.parsed.sections);
    const answer = await core.ask(followUp.question, followUp);
    before = turnAfter(followUp, answer);
    answers.push(answer);
  }
  return answers;
}

/** An empty section whose label and title are its id. */
export function bareSection(id: Section['id']): Section {
  return { id, label: id, title: id, sentences: [] };
}

/** A retriever over the real thesis's sections (keywords only), for code that reads what the thesis writes. */
export async function thesisRetriever(): Promise<Retriever> {
  return new Retriever((await testCore('none')).thesis.parsed.sections);
}

/** Sentences in document order, as the retriever indexes them, without stems. */
export function passagesOf(...rows: Array<[Section, string]>): Passage[] {
  let at = 0;
  return rows.map(([section, text], index) => {
    const start = at;
    at += text.length + 1;
    return { index, section, text, start, end: start + text.length, stems: new Set(), contextStems: new Set() };
  });
}

/** Fixture passages with their content stems, for code that reads which words a passage has. */
export function stemmedPassagesOf(...rows: Array<[Section, string]>): Passage[] {
  return passagesOf(...rows).map((p) => ({ ...p, stems: new Set(contentStems(p.text)) }));
}

/** A hit on a fixture passage: its coverage the score unless given, no vector similarity. */
export function hitOn(passage: Passage | undefined, score = 1, coverage = score): Hit {
  if (!passage) throw new Error('no such fixture passage');
  return { passage, score, coverage, similarity: 0 };
}

/** One test per case of a reading table (idioms, plain phrases, question shapes…): the question is read as the words given. */
export function itReadsEach(table: ReadonlyArray<readonly [RegExp, string]>, cases: ReadonlyArray<readonly [string, string]>): void {
  it.each(cases.map(([question, read]) => [question, read]))('reads %s as %s', (question, read) => {
    expect(readWith(table, question)).toBe(read);
  });
}
