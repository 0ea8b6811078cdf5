// Builds once when dist/ is missing (a clone where `npm install` skipped `prepare`), so start and the CLI always work.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function ensureBuilt() {
  if (!existsSync(join(root, 'dist/server/server.js')) || !existsSync(join(root, 'dist/server/cli.js'))) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  }
}
