import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { type TestApp, startTestApp } from '../support/app';

let t: TestApp;
let web: Awaited<ReturnType<typeof buildApp>>;
const folder = mkdtempSync(join(tmpdir(), 'fillrate-web-'));

beforeAll(async () => {
  mkdirSync(join(folder, 'assets'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Fillrate</title><div id="root"></div>');
  writeFileSync(join(folder, 'assets', 'app-1234.js'), 'console.log(1)');
  t = await startTestApp();
  web = await buildApp({ database: t.database, jobs: t.jobs, config: t.config, webFolder: folder });
});
afterAll(async () => {
  await web.close();
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('web app', () => {
  it('serves index.html for client-side routes, never cached', async () => {
    for (const url of ['/', '/login', '/admin/users', '/invitations/abc']) {
      const response = await web.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain('<div id="root">');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable and keeps /api 404s as JSON', async () => {
    const asset = await web.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const api = await web.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });

  it('sends the security headers (CSP without inline scripts, no sniffing)', async () => {
    const response = await web.inject({ method: 'GET', url: '/login' });
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
