import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { candidates } from '../../src/db/schema';
import { buildCandidate } from '../factories/candidates';
import { createTestAgency } from '../support/agency';
import type { Caller } from '../support/http';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

type Named = { name: string };
const names = (body: { data: Named[] }) => body.data.map((item) => item.name);
const ids = (body: { data: { id: string }[] }) => body.data.map((item) => item.id).sort();

async function buildPool(as: Caller, overrides: Record<string, unknown> = {}) {
  const answer = await as.post('/api/pools', { name: 'Forklift drivers', ...overrides });
  if (answer.status !== 201) {
    throw new Error(`pool was not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data as { id: string; version: number; name: string };
}

async function auditActions(poolId: string) {
  const answer = await ctx.agency.as.admin.get(`/api/audit-events?entity=talent_pool&entityId=${poolId}`);
  return (answer.body.data as { action: string }[]).map((event) => event.action).sort();
}

describe('talent pools', () => {
  it('a recruiter creates a private pool; colleagues see it only once it is shared, with its member count', async () => {
    const recruiter = ctx.agency.as.recruiter;
    const created = await recruiter.post('/api/pools', { name: '  Night shift pickers ', description: 'Felixstowe, nights' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      data: expect.objectContaining({ name: 'Night shift pickers', description: 'Felixstowe, nights', shared: false, mine: true, memberCount: 0, version: 1, owner: { id: ctx.agency.users.recruiter.id, name: expect.any(String) } }),
      abilities: { update: true, delete: true, manageMembers: true },
    });
    const poolId = created.body.data.id;
    expect(names((await recruiter.get('/api/pools')).body)).toContain('Night shift pickers');
    expect(names((await ctx.agency.as.manager.get('/api/pools')).body)).not.toContain('Night shift pickers');
    expect((await ctx.agency.as.admin.get(`/api/pools/${poolId}`)).status).toBe(404);
    expect((await ctx.agency.as.manager.patch(`/api/pools/${poolId}`, { version: 1, name: 'Taken' })).status).toBe(404);
    expect((await ctx.agency.as.manager.post(`/api/pools/${poolId}/members`, { candidateIds: [(await buildCandidate(recruiter)).data.id] })).status).toBe(404);
    expect((await ctx.agency.as.manager.get(`/api/pools/${poolId}/members`)).status).toBe(404);

    const shared = await recruiter.patch(`/api/pools/${poolId}`, { version: 1, shared: true });
    expect(shared.body.data).toMatchObject({ shared: true, version: 2 });
    const seen = await ctx.agency.as.back_office.get('/api/pools?q=night');
    expect(seen.body.data).toEqual([expect.objectContaining({ name: 'Night shift pickers', mine: false, memberCount: 0 })]);
    const record = await ctx.agency.as.back_office.get(`/api/pools/${poolId}`);
    expect(record.body.abilities).toEqual({ update: false, delete: false, manageMembers: false });
    expect(await auditActions(poolId)).toEqual(['create', 'update']);
  });

  it('adds candidates in bulk, all or nothing: unknown, foreign and merged ids are refused by name and nothing is added', async () => {
    const recruiter = ctx.agency.as.recruiter;
    const pool = await buildPool(recruiter, { shared: true });
    const [first, second, merged] = await Promise.all([buildCandidate(recruiter), buildCandidate(recruiter), buildCandidate(recruiter)]);
    const theirs = await buildCandidate((await createTestAgency(ctx.t)).as.recruiter);
    await ctx.t.database.db
      .update(candidates)
      .set({ mergedIntoId: first?.data.id })
      .where(and(eq(candidates.agencyId, ctx.agency.id), eq(candidates.id, merged?.data.id ?? '')));
    const unknown = '01900000-0000-7000-8000-000000000001';

    const refused = await recruiter.post(`/api/pools/${pool.id}/members`, { candidateIds: [first?.data.id, unknown, theirs.data.id, merged?.data.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.related).toEqual([
      { type: 'candidate', id: unknown, label: 'Candidate not found' },
      { type: 'candidate', id: theirs.data.id, label: 'Candidate not found' },
      { type: 'candidate', id: merged?.data.id, label: 'Merged into another candidate' },
    ]);
    expect((await recruiter.get(`/api/pools/${pool.id}`)).body.data.memberCount).toBe(0);

    const added = await ctx.agency.as.account_manager.post(`/api/pools/${pool.id}/members`, { candidateIds: [first?.data.id, second?.data.id, first?.data.id] });
    expect(added.status).toBe(200);
    expect(added.body.data).toMatchObject({ pool: { id: pool.id, memberCount: 2 }, alreadyMembers: [] });
    expect(added.body.data.added.sort()).toEqual([first?.data.id, second?.data.id].sort());

    const again = await recruiter.post(`/api/pools/${pool.id}/members`, { candidateIds: [second?.data.id] });
    expect(again.body.data).toMatchObject({ pool: { memberCount: 2 }, added: [], alreadyMembers: [second?.data.id] });
    expect(await auditActions(pool.id)).toEqual(['add_member', 'add_member', 'create']);

    const tooMany = await recruiter.post(`/api/pools/${pool.id}/members`, { candidateIds: [] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields[0].path).toBe('candidateIds');
  });

  it('lists members with the candidate list filters, removes some, and tells each candidate which pools they are in', async () => {
    const recruiter = ctx.agency.as.recruiter;
    const pool = await buildPool(recruiter, { name: 'Registered nurses', shared: true });
    const mine = await buildPool(recruiter, { name: 'My nurses' });
    const outsider = await buildCandidate(recruiter, { firstName: 'Olive', skills: [{ name: 'Nursing' }] });
    const ada = await buildCandidate(recruiter, { firstName: 'Ada', lastName: 'Okafor', status: 'active', skills: [{ name: 'Nursing' }, { name: 'Phlebotomy' }] });
    const ben = await buildCandidate(recruiter, { firstName: 'Ben', lastName: 'Okafor', status: 'placed', skills: [{ name: 'Nursing' }] });
    const cleo = await buildCandidate(recruiter, { firstName: 'Cleo', lastName: 'Marsh', status: 'active', skills: [{ name: 'Midwifery' }] });
    await recruiter.post(`/api/pools/${pool.id}/members`, { candidateIds: [ada.data.id, ben.data.id, cleo.data.id] });
    await recruiter.post(`/api/pools/${mine.id}/members`, { candidateIds: [ada.data.id] });

    expect(ids((await recruiter.get(`/api/pools/${pool.id}/members`)).body)).toEqual([ada.data.id, ben.data.id, cleo.data.id].sort());
    expect(ids((await recruiter.get(`/api/pools/${pool.id}/members?skill=Nursing`)).body)).toEqual([ada.data.id, ben.data.id].sort());
    expect(ids((await recruiter.get(`/api/pools/${pool.id}/members?status=active`)).body)).toEqual([ada.data.id, cleo.data.id].sort());
    expect(ids((await recruiter.get(`/api/pools/${pool.id}/members?q=okafor&status=placed`)).body)).toEqual([ben.data.id]);
    const firstPage = await recruiter.get(`/api/pools/${pool.id}/members?limit=2&sort=name`);
    expect(firstPage.body.data).toHaveLength(2);
    const secondPage = await recruiter.get(`/api/pools/${pool.id}/members?limit=2&sort=name&cursor=${firstPage.body.nextCursor}`);
    expect([...ids(firstPage.body), ...ids(secondPage.body)].sort()).toEqual([ada.data.id, ben.data.id, cleo.data.id].sort());
    expect(ids((await recruiter.get(`/api/candidates?poolId=${pool.id}&skill=nursing`)).body)).toEqual([ada.data.id, ben.data.id].sort());
    expect(ids((await recruiter.get(`/api/candidates?poolId=${pool.id}`)).body)).not.toContain(outsider.data.id);
    // Someone else's private pool has no members to anyone but its owner.
    expect((await ctx.agency.as.manager.get(`/api/candidates?poolId=${mine.id}`)).body.data).toEqual([]);
    expect(ids((await recruiter.get(`/api/candidates?poolId=${mine.id}`)).body)).toEqual([ada.data.id]);

    expect(names((await recruiter.get(`/api/candidates/${ada.data.id}/pools`)).body)).toEqual(['My nurses', 'Registered nurses']);
    expect(names((await ctx.agency.as.manager.get(`/api/candidates/${ada.data.id}/pools`)).body)).toEqual(['Registered nurses']);
    expect((await recruiter.get(`/api/candidates/${outsider.data.id}/pools`)).body.data).toEqual([]);

    const removed = await ctx.agency.as.manager.post(`/api/pools/${pool.id}/members/remove`, { candidateIds: [ben.data.id, outsider.data.id] });
    expect(removed.status).toBe(200);
    expect(removed.body.data).toMatchObject({ pool: { memberCount: 2 }, removed: [ben.data.id], notMembers: [outsider.data.id] });
    expect(ids((await recruiter.get(`/api/pools/${pool.id}/members`)).body)).toEqual([ada.data.id, cleo.data.id].sort());
    expect((await recruiter.get(`/api/candidates/${ben.data.id}`)).status).toBe(200);
    expect(await auditActions(pool.id)).toEqual(['add_member', 'add_member', 'add_member', 'create', 'remove_member']);
  });

  it('only the owner, a manager or an admin changes or deletes a pool; the back office reads but never writes', async () => {
    const pool = await buildPool(ctx.agency.as.account_manager, { name: 'Warehouse leads', shared: true });
    const candidate = await buildCandidate(ctx.agency.as.recruiter);
    expect((await ctx.agency.as.recruiter.patch(`/api/pools/${pool.id}`, { version: 1, name: 'Mine now' })).status).toBe(403);
    expect((await ctx.agency.as.recruiter.delete(`/api/pools/${pool.id}`)).status).toBe(403);
    expect((await ctx.agency.as.back_office.post('/api/pools', { name: 'Back office pool' })).status).toBe(403);
    expect((await ctx.agency.as.back_office.post(`/api/pools/${pool.id}/members`, { candidateIds: [candidate.data.id] })).status).toBe(403);
    expect((await ctx.agency.as.back_office.post(`/api/pools/${pool.id}/members/remove`, { candidateIds: [candidate.data.id] })).status).toBe(403);
    expect((await ctx.agency.as.back_office.patch(`/api/pools/${pool.id}`, { version: 1, name: 'x' })).status).toBe(403);
    expect((await ctx.agency.as.back_office.delete(`/api/pools/${pool.id}`)).status).toBe(403);
    expect((await ctx.agency.as.back_office.get(`/api/pools/${pool.id}/members`)).status).toBe(200);

    const renamed = await ctx.agency.as.manager.patch(`/api/pools/${pool.id}`, { version: 1, name: 'Warehouse team leads', description: '' });
    expect(renamed.body.data).toMatchObject({ name: 'Warehouse team leads', description: null, version: 2 });

    await ctx.agency.as.recruiter.post(`/api/pools/${pool.id}/members`, { candidateIds: [candidate.data.id] });
    expect((await ctx.agency.as.admin.delete(`/api/pools/${pool.id}`)).status).toBe(204);
    expect((await ctx.agency.as.account_manager.get(`/api/pools/${pool.id}`)).status).toBe(404);
    expect((await ctx.agency.as.recruiter.get(`/api/candidates/${candidate.data.id}/pools`)).body.data).toEqual([]);
    expect((await ctx.agency.as.recruiter.get(`/api/candidates/${candidate.data.id}`)).status).toBe(200);
    expect(await auditActions(pool.id)).toEqual(['add_member', 'create', 'delete', 'update']);
  });

  it('refuses a stale version with 409 naming who changed it, and bad input naming the field', async () => {
    const pool = await buildPool(ctx.agency.as.recruiter, { name: 'Versioned' });
    await ctx.agency.as.recruiter.patch(`/api/pools/${pool.id}`, { version: 1, name: 'Versioned 2' });
    const stale = await ctx.agency.as.recruiter.patch(`/api/pools/${pool.id}`, { version: 1, name: 'Versioned 3' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('changed by');
    const noName = await ctx.agency.as.recruiter.post('/api/pools', { name: '   ' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.fields[0].path).toBe('name');
    expect((await ctx.agency.as.recruiter.get('/api/candidates/01900000-0000-7000-8000-000000000002/pools')).status).toBe(404);
  });
});
