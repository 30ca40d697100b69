import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Model loads (USE-lite, the tiny ONNX model) take a second or two on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
