import { parseArgs } from 'node:util';
import { z } from 'zod';
import { migrateDatabase } from './db/migrate';
import { createAgency, createUser } from './modules/agencies/service';
import { loadConfig } from './platform/config';
import { startQueue } from './platform/jobs/queue';
import { openConfiguredDatabase } from './runtime';
import { DEMO, seedDemoAgency } from './seed/demo';
import { agencies } from './db/schema';
import { eq } from 'drizzle-orm';
import { STAFF_ROLES } from './shared/roles';

const USAGE = `Usage: fillrate <command>

  migrate                                             apply database migrations
  seed                                                create the demo agency (${DEMO.admin.email})
  create-agency --name N --slug S --admin-email E     a new agency; prints the admin's one-time password
                [--admin-name NAME] [--admin-password P]
  create-user --email E --role R --agency SLUG        a user in an agency; prints the one-time password
              [--name NAME] [--password P]

Uses DATABASE_URL when set, else the embedded database in FILLRATE_DATA_DIR (./data).`;

const ZCreateAgency = z.object({ name: z.string().min(1), slug: z.string().min(2), 'admin-email': z.email(), 'admin-name': z.string().optional(), 'admin-password': z.string().min(10).optional() });
const ZCreateUser = z.object({ email: z.email(), role: z.enum(STAFF_ROLES), agency: z.string().min(2), name: z.string().optional(), password: z.string().min(10).optional() });

const generatedPassword = () => `fr-${crypto.randomUUID().slice(0, 18)}`;

function options<T extends z.ZodType>(schema: T, args: string[]): z.infer<T> {
  const { values } = parseArgs({ args, options: Object.fromEntries(['name', 'slug', 'admin-email', 'admin-name', 'admin-password', 'email', 'role', 'agency', 'password'].map((key) => [key, { type: 'string' }])), strict: true });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  return parsed.data;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    switch (command) {
      case 'migrate':
        console.log('Database is up to date.');
        break;
      case 'seed': {
        // The queue's schema is created here too, so a seeded database is ready for the server.
        const queue = await startQueue(database);
        const created = await seedDemoAgency(database, queue).finally(() => queue.stop());
        console.log(created ? `Created ${DEMO.agencyName}. Log in as ${DEMO.admin.email} / ${DEMO.password}` : `${DEMO.agencyName} already exists.`);
        break;
      }
      case 'create-agency': {
        const input = options(ZCreateAgency, rest);
        const password = input['admin-password'] ?? generatedPassword();
        const { agency, admin } = await database.db.transaction((tx) =>
          createAgency({ tx, name: input.name, slug: input.slug, admin: { email: input['admin-email'], name: input['admin-name'] ?? input['admin-email'], password } }),
        );
        console.log(`Created agency ${agency.name} (${agency.slug}). Admin: ${admin.email} / ${password}`);
        break;
      }
      case 'create-user': {
        const input = options(ZCreateUser, rest);
        const password = input.password ?? generatedPassword();
        const user = await database.db.transaction(async (tx) => {
          const [agency] = await tx.select().from(agencies).where(eq(agencies.slug, input.agency));
          if (!agency) {
            throw new Error(`--agency: no agency with slug ${input.agency}`);
          }
          return createUser({ tx, agencyId: agency.id, email: input.email, name: input.name ?? input.email, role: input.role, password });
        });
        console.log(`Created ${user.role} ${user.email} / ${password}`);
        break;
      }
      default:
        throw new Error(`Unknown command ${command}\n\n${USAGE}`);
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
