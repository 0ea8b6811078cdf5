import { loadConfig } from './platform/config';
import { startClockAt } from './platform/clock';
import { openConfiguredDatabase, startRuntime } from './runtime';
import { DEMO, seedDemoAgency } from './seed/demo';

/** `npm start`: migrate, seed the demo agency on first start, serve the API and the web app. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const importedAfterMs = Math.round(process.uptime() * 1000);
  const config = loadConfig();
  if (config.fakeNow) {
    startClockAt(config.fakeNow);
  }
  const database = await openConfiguredDatabase(config);
  const runtime = await startRuntime({ config, database, work: true, logger: true });
  const seeded = config.demo ? await seedDemoAgency(database, runtime.jobs) : false;
  await runtime.app.listen({ port: config.port, host: config.host });

  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  console.log(`\nFillrate is running at ${config.baseUrl} on ${where} (modules loaded in ${importedAfterMs} ms, ready ${Date.now() - startedAt} ms later)`);
  if (config.demo) {
    console.log(`${seeded ? 'Created the demo agency. ' : ''}Demo login: ${DEMO.admin.email} / ${DEMO.password}\n`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    runtime.app.log.info(`${signal}: shutting down`);
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
