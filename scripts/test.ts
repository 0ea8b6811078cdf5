// `npm test`: type check, lint, unit + API tests on PGlite, API tests again on PostgreSQL when TEST_DATABASE_URL
// is set, the browser tests, then the benchmark smoke. Ends with one line summing every test that ran:
// `N passed, N failed, N skipped` (the type check, the lint and the smoke count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

type Tally = { passed: number; failed: number; skipped: number };
const REPORTS = '.test-reports';
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function add(label: string, tally: Tally): void {
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  lines.push(`${label.padEnd(28)} ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
}

function check(label: string, command: string, args: string[]): void {
  const ok = run(label, command, args);
  add(label, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function vitest(label: string, file: string, args: string[], env: Record<string, string> = {}): void {
  const ok = run(label, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...args], env);
  const report = readJson(file) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number } | undefined;
  if (!report) {
    add(label, { passed: 0, failed: 1, skipped: 0 });
    return;
  }
  // A file that fails to load counts as a failure even though none of its tests ran.
  const broken = !ok && report.numFailedTests === 0 ? Math.max(1, report.numFailedTestSuites) : 0;
  add(label, { passed: report.numPassedTests, failed: report.numFailedTests + broken, skipped: report.numPendingTests + report.numTodoTests });
}

function playwright(): void {
  const file = `${REPORTS}/playwright.json`;
  const built = run('build', process.execPath, ['scripts/build.mjs']);
  if (!built) {
    add('browser (build)', { passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const ok = run('browser tests', 'npx', ['playwright', 'test']);
  const report = readJson(file) as { stats?: { expected: number; unexpected: number; skipped: number; flaky: number } } | undefined;
  const stats = report?.stats;
  if (!stats) {
    add('browser tests', { passed: 0, failed: ok ? 0 : 1, skipped: 0 });
    return;
  }
  add('browser tests', { passed: stats.expected, failed: stats.unexpected + stats.flaky + (ok || stats.unexpected > 0 ? 0 : 1), skipped: stats.skipped });
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const started = Date.now();

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.']);
vitest('unit + API (PGlite)', `${REPORTS}/vitest-pglite.json`, []);
if (process.env.TEST_DATABASE_URL) {
  vitest('API (PostgreSQL)', `${REPORTS}/vitest-postgres.json`, ['tests/api'], { FILLRATE_TEST_DB: 'postgres' });
} else {
  lines.push('API (PostgreSQL)             not run: set TEST_DATABASE_URL=postgres://… to run the API tests on PostgreSQL too');
}
playwright();
// The benchmark harness at its smallest, so it never rots: generator, SQL floors, server load, invoice run (bench/README.md).
check('benchmark smoke (XS)', 'npx', ['tsx', 'bench/run.ts', 'all', '--scale', 'XS', '--db', 'pglite', '--no-peer', '--seconds', '1', '--requests', '50', '--connections', '1', '--timesheets', '200', '--out', `${REPORTS}/bench`]);

console.log(`\nTest summary (${((Date.now() - started) / 1000).toFixed(0)} s):`);
for (const line of lines) {
  console.log(`  ${line}`);
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
