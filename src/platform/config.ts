import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  FILLRATE_DATA_DIR: z.string().default('./data'),
  BASE_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Fillrate <no-reply@fillrate.local>'),
  SESSION_SECRET: z.string().min(32).optional(),
  FILLRATE_DEMO: z.enum(['0', '1']).default('1'),
  FILLRATE_FAKE_NOW: z.string().datetime({ offset: true }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  baseUrl: string;
  smtpUrl: string | undefined;
  smtpFrom: string;
  sessionSecret: string;
  demo: boolean;
  fakeNow: string | undefined;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
};

/** The session secret from the environment, else the one kept in the data directory (made on first use). */
function sessionSecretFor(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv) {
    return fromEnv;
  }
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** Parses the environment once; a bad value stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration — ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.FILLRATE_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    sessionSecret: sessionSecretFor(dataDir, e.SESSION_SECRET),
    demo: e.FILLRATE_DEMO === '1',
    fakeNow: e.FILLRATE_FAKE_NOW,
    logLevel: e.LOG_LEVEL,
  };
}
