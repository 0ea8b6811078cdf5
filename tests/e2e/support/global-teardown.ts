import { rmSync } from 'node:fs';

/**
 * The server removes its data directory when it stops (serve.mjs); Playwright stops it after this teardown,
 * so the directory is removed again when the runner exits, in case the server was killed before it could.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright loads a global teardown through its default export.
export default function globalTeardown(): void {
  const dataDir = process.env.FILLRATE_E2E_DATA_DIR;
  if (dataDir && dataDir.includes('fillrate-e2e-')) {
    process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  }
}
