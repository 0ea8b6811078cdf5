import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { JobQueue } from '../platform/jobs/queue';
import { agencies } from '../db/schema';
import { createAgency, createUser } from '../modules/agencies/service';
import { now } from '../platform/clock';
import type { StaffRole } from '../shared/roles';
import { seedActivities } from './activities';
import { seedBackOfficeArea } from './back-office';
import { seedCandidates } from './candidates';
import { seedClients } from './clients';
import type { DemoContext, DemoSeed } from './context';
import { seedJobs } from './jobs';
import { seedPipeline } from './pipeline';
import { seedPools } from './pools';

/** The demo agency's business data, area by area, in dependency order. */
const DEMO_SEEDS: DemoSeed[] = [seedClients, seedJobs, seedCandidates, seedPools, seedPipeline, seedBackOfficeArea, seedActivities];

export const DEMO = {
  agencyName: 'Northwind Staffing',
  slug: 'northwind',
  password: 'northwind-demo',
  admin: { email: 'admin@northwind.test', name: 'Dana Whitfield' },
  team: [
    { email: 'manager@northwind.test', name: 'Marcus Oyelaran', role: 'manager' },
    { email: 'recruiter@northwind.test', name: 'Priya Raman', role: 'recruiter' },
    { email: 'accounts@northwind.test', name: 'Tomás Ferreira', role: 'account_manager' },
    { email: 'backoffice@northwind.test', name: 'Grace Liu', role: 'back_office' },
  ] satisfies { email: string; name: string; role: StaffRole }[],
} as const;

/** Creates the demo agency and its team, once; returns false when it already exists. */
export async function seedDemoAgency(database: Database, jobs?: JobQueue): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, DEMO.slug));
    if (existing) {
      return false;
    }
    const { agency, admin } = await createAgency({ tx, name: DEMO.agencyName, slug: DEMO.slug, admin: { ...DEMO.admin, password: DEMO.password } });
    const members = [];
    for (const member of DEMO.team) {
      members.push(await createUser({ tx, agencyId: agency.id, ...member, password: DEMO.password }));
    }
    const [manager, recruiter, accounts, backOffice] = members.map((user) => ({ id: user.id, name: user.name }));
    if (!manager || !recruiter || !accounts || !backOffice) {
      throw new Error('demo team incomplete');
    }
    const context: DemoContext = { tx, agencyId: agency.id, team: { admin: { id: admin.id, name: admin.name }, manager, recruiter, accounts, backOffice }, now: now(), jobs };
    for (const seed of DEMO_SEEDS) {
      await seed(context);
    }
    return true;
  });
}
