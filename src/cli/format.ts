import type { About } from '../core.ts';
import type { Answer, Citation, LookupResult, SectionPointer, Summary } from '../answer/types.ts';
import { onOneLine } from '../answer/cite.ts';

function sources(citations: readonly Citation[]): string[] {
  if (citations.length === 0) return [];
  return ['', 'Sources:', ...citations.map((c, i) => `  ${i + 1}. ${c.label}: ${c.title}\n     “${onOneLine(c.quote)}” (chars ${c.start}-${c.end})`)];
}

/** An answer and its sources, for a person at a terminal. */
export function formatAnswer(a: Answer): string {
  return [a.answer, ...sources(a.citations)].join('\n');
}

/** A section summary and its sources. */
export function formatSummary(s: Summary): string {
  return [`${s.label}: ${s.title}`, ...(s.note ? ['', s.note] : []), '', s.summary, ...sources(s.citations)].join('\n');
}

/** Look-up results grouped by section, or suggestions. */
export function formatLookup(r: LookupResult): string {
  if (r.total === 0) {
    const hint = r.suggestions.length > 0 ? ` Close terms that do occur: ${r.suggestions.join(', ')}.` : '';
    return `“${r.term}” does not occur in the thesis text.${hint}`;
  }
  const lines = [`“${r.term}”: ${r.total} occurrence${r.total === 1 ? '' : 's'} in ${r.matches.length} section${r.matches.length === 1 ? '' : 's'}`];
  for (const g of r.matches) lines.push('', `${g.label} (${g.count})`, ...g.snippets.map((s) => `  ${s}`));
  return lines.join('\n');
}

/** The outline of the thesis. */
export function formatChapters(list: readonly SectionPointer[]): string {
  return list.map((s) => `${s.section.padEnd(13)} ${s.label}: ${s.title}`).join('\n');
}

/** The thesis record and index facts. */
export function formatAbout(a: About): string {
  const m = a.metadata;
  const rows: Array<[string, string | undefined]> = [
    ['Title', m.title], ['Author', m.author], ['Degree', m.degree], ['Type', m.type], ['Posted', m.datePosted],
    ['Subject', m.subject], ['Keywords', m.keywords?.join(', ')], ['Index', `${a.embedder}, built ${a.builtAt}, ${a.sections} sections, ${a.chunks} chunks`],
  ];
  return rows.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(9)} ${v}`).join('\n');
}
