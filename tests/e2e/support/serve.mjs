// The server for the browser tests: builds if dist/ is missing, runs `node scripts/start.mjs` on the fresh data
// directory the Playwright config made, and removes that directory once the server has stopped.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const dataDir = process.env.FILLRATE_DATA_DIR;
if (!dataDir || !dataDir.includes('fillrate-e2e-')) {
  throw new Error(`serve.mjs runs only on a temporary e2e data directory, not ${dataDir}`);
}
if (!existsSync('dist/server/server.js')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

const server = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: process.env });
const stop = (signal) => server.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
server.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
