import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies } from '../db/schema';
import { createAgency, createUser } from '../modules/agencies/service';
import type { StaffRole } from '../shared/roles';

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
export async function seedDemoAgency(database: Database): Promise<boolean> {
  return database.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, DEMO.slug));
    if (existing) {
      return false;
    }
    const { agency } = await createAgency({ tx, name: DEMO.agencyName, slug: DEMO.slug, admin: { ...DEMO.admin, password: DEMO.password } });
    for (const member of DEMO.team) {
      await createUser({ tx, agencyId: agency.id, ...member, password: DEMO.password });
    }
    return true;
  });
}
