import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/platform/config';

describe('configuration', () => {
  it('defaults to port 3000, ./data, and a session secret kept in the data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fillrate-config-'));
    try {
      const first = loadConfig({ FILLRATE_DATA_DIR: dir });
      expect(first).toMatchObject({ port: 3000, databaseUrl: undefined, baseUrl: 'http://localhost:3000', demo: true });
      expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first.sessionSecret);
      expect(loadConfig({ FILLRATE_DATA_DIR: dir }).sessionSecret).toBe(first.sessionSecret);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad value stops start-up naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', SESSION_SECRET: 'x'.repeat(32) })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url', SESSION_SECRET: 'x'.repeat(32) })).toThrow(/DATABASE_URL/);
  });
});
