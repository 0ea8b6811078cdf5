import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * What the browser tests run against, decided once in Playwright's main process and handed to its workers
 * (and to the server) through environment variables, because every worker loads the config again.
 */
export type E2EEnvironment = { chromium: string | null; port: number; baseUrl: string; dataDir: string };

const INSTALL_HINT = 'install one with `apt-get install chromium` or `npx playwright install chromium`';
export const SKIP_MESSAGE = `Browser tests skipped: no Chromium found — ${INSTALL_HINT}`;

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the browser Playwright installed, if any. */
function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightChromium()];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path)) ?? null;
}

function safePlaywrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** A port nobody listens on right now (asked of the OS in a short child process, so the config stays synchronous). */
function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

export function e2eEnvironment(): E2EEnvironment {
  if (process.env.FILLRATE_E2E_PORT && process.env.FILLRATE_E2E_DATA_DIR !== undefined) {
    const port = Number(process.env.FILLRATE_E2E_PORT);
    return { chromium: process.env.FILLRATE_E2E_CHROMIUM || null, port, baseUrl: `http://127.0.0.1:${port}`, dataDir: process.env.FILLRATE_E2E_DATA_DIR };
  }
  const browser = findChromium();
  const port = Number(process.env.E2E_PORT ?? freePort());
  // No browser, no server: nothing would use it.
  const dataDir = browser ? mkdtempSync(join(tmpdir(), 'fillrate-e2e-')) : '';
  process.env.FILLRATE_E2E_CHROMIUM = browser ?? '';
  process.env.FILLRATE_E2E_PORT = String(port);
  process.env.FILLRATE_E2E_DATA_DIR = dataDir;
  if (!browser) {
    if (process.env.FILLRATE_REQUIRE_BROWSER === '1') {
      throw new Error(`FILLRATE_REQUIRE_BROWSER=1 but no Chromium was found (looked at CHROMIUM_PATH, /usr/bin/chromium and Playwright's own browsers) — ${INSTALL_HINT}`);
    }
    console.log(SKIP_MESSAGE);
  }
  return { chromium: browser, port, baseUrl: `http://127.0.0.1:${port}`, dataDir };
}

/** Where the setup project keeps the demo admin's signed-in browser state (cookies). */
export const ADMIN_STATE = 'test-results/.auth/admin.json';

/** In a spec file: `test.skip(!hasBrowser(), SKIP_MESSAGE)`. */
export const hasBrowser = (): boolean => Boolean(process.env.FILLRATE_E2E_CHROMIUM);
