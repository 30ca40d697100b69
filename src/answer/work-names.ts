/**
 * The work itself by the names readers give it ("the thesis", "this paper", "the text"), shared
 * by the questions about its layout (outline.ts), its record (metadata.ts) and its voice
 * (source.ts), so that each knows the same work by the same names.
 */
export const WORK_NOUN = String.raw`(?:thesis|dissertation|paper|study|work|text|abstract|book|document|manuscript)`;
