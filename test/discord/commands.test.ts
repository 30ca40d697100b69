import type { AutocompleteInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/discord/commands/index.ts';
import { dispatchInteraction } from '../../src/discord/bot.ts';
import { TaskQueue } from '../../src/discord/queue.ts';
import { fakeCommand, fakeContext } from './fakes.ts';

const command = (name: string) => {
  const c = commands.find((x) => x.data.name === name);
  if (!c) throw new Error(`no command ${name}`);
  return c;
};

describe('command definitions', () => {
  it('are valid for Discord (the builders validate on toJSON) and unique', () => {
    const json = commands.map((c) => c.data.toJSON());
    expect(json.map((j) => j.name)).toEqual(['ask', 'summarize', 'lookup', 'chapters', 'about', 'help']);
    for (const j of json) expect(j.description.length).toBeLessThanOrEqual(100);
    expect(json.find((j) => j.name === 'summarize')?.options?.[0]).toMatchObject({ name: 'chapter', required: true, autocomplete: true });
    expect(json.find((j) => j.name === 'ask')?.options?.map((o) => [o.name, o.required ?? false])).toEqual([['question', true], ['private', false]]);
    expect(json.find((j) => j.name === 'lookup')?.options?.[0]).toMatchObject({ name: 'term', required: true, autocomplete: true, max_length: 60 });
  });
});

describe('/ask', () => {
  it('defers first, then edits the reply into the cited answer with buttons', async () => {
    const ctx = await fakeContext();
    const { asCommand, calls } = fakeCommand('ask', { question: 'What are the three fine styles of the party?' });
    await command('ask').execute(asCommand, ctx);
    expect(calls.map(([m]) => m)).toEqual(['deferReply', 'editReply']);
    const payload = calls[1]?.[1] as { embeds: Array<{ description: string }>; components: unknown[]; allowedMentions: unknown };
    expect(payload.embeds[0]?.description).toMatch(/\[Ch\. 1\]$/);
    expect(payload.components).toHaveLength(1);
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(calls[0]?.[1]).toEqual({});
  });

  it('answers privately when asked to: the deferred reply is ephemeral', async () => {
    const { asCommand, calls } = fakeCommand('ask', { question: 'What are the three fine styles of the party?', private: 'true' });
    await command('ask').execute(asCommand, await fakeContext());
    expect(calls.map(([m]) => m)).toEqual(['deferReply', 'editReply']);
    expect(calls[0]?.[1]).toEqual({ flags: 64 });
  });

  it('turns bad input into a short ephemeral message at once, logs nothing and starts no cooldown', async () => {
    const ctx = await fakeContext();
    const { interaction, calls } = fakeCommand('ask', { question: '😀' });
    Object.assign(interaction, { isAutocomplete: () => false, isChatInputCommand: () => true, isButton: () => false });
    await dispatchInteraction(interaction as never, ctx);
    expect(calls.map(([m]) => m)).toEqual(['reply']);
    const payload = calls[0]?.[1] as { embeds: Array<{ description: string }>; flags: number };
    expect(payload.embeds[0]?.description).toBe('I could not find any words in that. Please ask your question in words.');
    expect(payload.flags).toBe(64);
    expect(ctx.errors).toEqual([]);
    expect(ctx.cooldown.check('111111111111111111')).toBe(0);
  });

  it('replaces the deferred reply with an ephemeral error when answering fails later', async () => {
    const ctx = await fakeContext();
    const full = new TaskQueue(1);
    void full.run(() => new Promise(() => {}));
    ctx.queue = full;
    const { interaction, calls } = fakeCommand('ask', { question: 'What is the mass line?' });
    Object.assign(interaction, { isAutocomplete: () => false, isChatInputCommand: () => true, isButton: () => false });
    await dispatchInteraction(interaction as never, ctx);
    expect(calls.map(([m]) => m)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(JSON.stringify(calls[2]?.[1])).toMatch(/Too many questions at once.*"flags":64/);
  });

  it('logs an unexpected failure with its cause but shows the user no details', async () => {
    const ctx = await fakeContext();
    // A core whose ask fails as a broken disk would; the shared core itself is left alone.
    ctx.core = Object.assign(Object.create(ctx.core) as typeof ctx.core, { ask: () => Promise.reject(new Error('ENOENT: /secret/path/index.json')) });
    const { interaction, calls } = fakeCommand('ask', { question: 'What is the mass line?' });
    Object.assign(interaction, { isAutocomplete: () => false, isChatInputCommand: () => true, isButton: () => false });
    await dispatchInteraction(interaction as never, ctx);
    const shown = JSON.stringify(calls);
    expect(shown).not.toMatch(/secret|ENOENT|at /);
    expect(shown).toMatch(/Something went wrong on our side/);
    expect(ctx.errors[0]).toMatch(/\/ask failed: ENOENT/);
  });
});

describe('/summarize', () => {
  it('answers at once from memory, without deferring', async () => {
    const { asCommand, calls } = fakeCommand('summarize', { chapter: 'chapter-5' });
    await command('summarize').execute(asCommand, await fakeContext());
    expect(calls.map(([m]) => m)).toEqual(['reply']);
    expect(JSON.stringify(calls[0]?.[1])).toMatch(/Chapter 5: The \\"last kilometer\\"/);
  });

  it('autocompletes from the thesis’s own sections', async () => {
    const { interaction, calls } = fakeCommand('summarize', { focused: 'chap' });
    await command('summarize').autocomplete?.(interaction as unknown as AutocompleteInteraction, await fakeContext());
    const choices = calls[0]?.[1] as unknown as Array<{ name: string; value: string }>;
    expect(choices.map((c) => c.value)).toEqual(['chapter-1', 'chapter-2', 'chapter-3', 'chapter-4', 'chapter-5', 'chapter-6']);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/lookup, /chapters, /about, /help', () => {
  it('suggests the thesis’s keywords and words that begin with what was typed', async () => {
    const choicesFor = async (focused: string) => {
      const { interaction, calls } = fakeCommand('lookup', { focused });
      await command('lookup').autocomplete?.(interaction as unknown as AutocompleteInteraction, await fakeContext());
      return (calls[0]?.[1] as unknown as Array<{ name: string; value: string }>).map((c) => c.value);
    };
    const con = await choicesFor('con');
    expect(con[0]).toBe('concentric circle');
    expect(con).toEqual(expect.arrayContaining(['consultation', 'consultative']));
    for (const v of con) expect(v.toLowerCase().startsWith('con')).toBe(true);
    expect(await choicesFor('zzz')).toEqual([]);
    expect((await choicesFor('')).length).toBe(25);
  });

  it('pages long look-ups with Previous/Next buttons', async () => {
    const { asCommand, calls } = fakeCommand('lookup', { term: 'party' });
    await command('lookup').execute(asCommand, await fakeContext());
    const payload = calls[0]?.[1] as { components: Array<{ components: Array<{ custom_id: string; disabled: boolean }> }>; embeds: Array<{ footer: { text: string } }> };
    expect(payload.embeds[0]?.footer.text).toMatch(/^Page 1 of \d+$/);
    expect(payload.components[0]?.components.map((b) => [b.custom_id, b.disabled])).toEqual([['lookup:-1:party', true], ['lookup:1:party', false]]);
  });

  it('shows the outline, the record and help (help only to the asker)', async () => {
    const ctx = await fakeContext();
    const chapters = fakeCommand('chapters');
    await command('chapters').execute(chapters.asCommand, ctx);
    expect(JSON.stringify(chapters.calls)).toMatch(/\*\*Chapter 6\*\*/);
    const about = fakeCommand('about');
    await command('about').execute(about.asCommand, ctx);
    expect(JSON.stringify(about.calls)).toMatch(/Y L Wang.*Index: none, built/);
    const help = fakeCommand('help');
    await command('help').execute(help.asCommand, ctx);
    expect((help.calls[0]?.[1] as { flags: number }).flags).toBe(64);
    expect(JSON.stringify(help.calls)).toMatch(/follow-up messages in that thread need no mention.*Try: /);
  });
});
