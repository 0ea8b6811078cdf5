import { defineConfig } from '@playwright/test';
import { e2eEnvironment } from './tests/e2e/support/environment';

// Chromium, port and a fresh data directory are chosen once here (see tests/e2e/support/environment.ts).
const env = e2eEnvironment();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: '.test-reports/playwright.json' }]],
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  use: {
    baseURL: env.baseUrl,
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1360, height: 860 },
    // A broken page fails in seconds instead of waiting out the whole test timeout.
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: env.chromium ?? undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', testMatch: /.*\.spec\.ts/, dependencies: ['setup'] },
  ],
  webServer: env.chromium
    ? {
        command: 'node tests/e2e/support/serve.mjs',
        url: `${env.baseUrl}/api/health`,
        timeout: 60_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
        env: {
          PORT: String(env.port),
          HOST: '127.0.0.1',
          BASE_URL: env.baseUrl,
          FILLRATE_DATA_DIR: env.dataDir,
          FILLRATE_DEMO: '1',
          LOG_LEVEL: 'warn',
        },
      }
    : undefined,
});
