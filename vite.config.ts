/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './scripts/vite-data-plugin';
import { threeElementsPlugin } from './scripts/vite-three-elements';

export default defineConfig({
  plugins: [react(), datasetPlugin(), threeElementsPlugin()],
  build: {
    target: 'es2022',
    // The main chunk is about 1.2 MB raw; its gzipped size is what the budgets check (README, Performance).
    chunkSizeWarningLimit: 1300,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
