import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { candidates, talentPoolMembers, talentPools } from '../db/schema';
import type { DemoSeed, DemoUser } from './context';

type DemoPool = { name: string; description: string; shared: boolean; owner: DemoUser; skill: string; size: number };

/**
 * Three pools over the seeded candidates: two the team shares (forklift drivers, nurses) and one the recruiter keeps
 * for herself. Members are chosen by skill (`skill_names`), the way a recruiter would have found them.
 */
export const seedPools: DemoSeed = async ({ tx, agencyId, team, now }) => {
  const pools: DemoPool[] = [
    { name: 'Forklift drivers — Felixstowe', description: 'Licensed drivers for port and warehouse shifts around Felixstowe; nights welcome.', shared: true, owner: team.recruiter, skill: 'forklift licence', size: 6 },
    { name: 'Registered nurses', description: 'Nurses open to agency shifts and permanent ward roles.', shared: true, owner: team.manager, skill: 'patient care', size: 6 },
    { name: 'My warm leads', description: 'People to call back this month.', shared: false, owner: team.recruiter, skill: 'customer service', size: 4 },
  ];
  for (const [index, seed] of pools.entries()) {
    const [pool] = await tx
      .insert(talentPools)
      .values({ agencyId, name: seed.name, description: seed.description, shared: seed.shared, ownerId: seed.owner.id, createdAt: new Date(now.getTime() - (index + 10) * 24 * 3600 * 1000) })
      .returning({ id: talentPools.id });
    if (!pool) {
      throw new Error('demo pool insert returned no row');
    }
    const members = await tx
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.agencyId, agencyId), isNull(candidates.mergedIntoId), sql`${candidates.skillNames} @> ARRAY[${seed.skill}]::text[]`))
      .orderBy(asc(candidates.lastName), asc(candidates.id))
      .limit(seed.size);
    if (members.length > 0) {
      await tx.insert(talentPoolMembers).values(members.map((member) => ({ agencyId, poolId: pool.id, candidateId: member.id, addedBy: seed.owner.id, addedAt: now })));
    }
  }
};
