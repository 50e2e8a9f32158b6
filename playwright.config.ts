import { defineConfig } from '@playwright/test';

/** End-to-end tests drive Debian's Chromium against the preview server (browser-hosted mode). */
export default defineConfig({
  testDir: 'tests/e2e',
  // Kept apart from test-results/*.json: Playwright empties its output folder on start.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.AGENTDESK_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
});
