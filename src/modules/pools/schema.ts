import { z } from 'zod';
import { ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { POOL_LIMITS } from '../../shared/pools';
import { ZCandidateList, ZListCandidatesQuery } from '../candidates/schema';

const unique = <T>(values: T[]) => [...new Set(values)];

export const ZPoolAbilities = z.object({ update: z.boolean(), delete: z.boolean(), manageMembers: z.boolean() }).meta({ id: 'TalentPoolAbilities' });

export const ZPool = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    owner: z.object({ id: z.uuid(), name: z.string() }),
    shared: z.boolean(),
    mine: z.boolean(),
    memberCount: z.number().int(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'TalentPool' });

export const ZPoolRecord = recordEnvelope(ZPool, ZPoolAbilities);
export const ZPoolList = listEnvelope(ZPool);
export const ZCandidatePoolList = z.object({ data: z.array(ZPool) });

export const ZListPoolsQuery = ZPageQuery.extend({
  q: z.string().trim().toLowerCase().min(1).max(POOL_LIMITS.nameLength).optional().meta({ description: 'Part of the name' }),
});
export type TListPoolsQuery = z.infer<typeof ZListPoolsQuery>;

const poolFields = {
  name: z.string().trim().min(1).max(POOL_LIMITS.nameLength),
  description: z.string().trim().max(POOL_LIMITS.descriptionLength).nullable().transform((text) => text || null),
  shared: z.boolean(),
};

export const ZCreatePoolBody = z.object({
  name: poolFields.name,
  description: poolFields.description.optional(),
  shared: poolFields.shared.default(false).meta({ description: 'A private pool (the default) is visible to its owner only' }),
});
export type TCreatePoolBody = z.infer<typeof ZCreatePoolBody>;

export const ZUpdatePoolBody = z.object({ version: z.number().int().min(1) }).extend(z.object(poolFields).partial().shape);
export type TUpdatePoolBody = z.infer<typeof ZUpdatePoolBody>;

export const ZPoolMembersBody = z.object({
  candidateIds: z.array(z.uuid()).min(1).max(POOL_LIMITS.bulkCandidates).transform(unique),
});
export type TPoolMembersBody = z.infer<typeof ZPoolMembersBody>;

export const ZAddPoolMembersResult = z.object({
  data: z.object({
    pool: ZPool,
    added: z.array(z.uuid()).meta({ description: 'Candidates that were not in the pool and now are' }),
    alreadyMembers: z.array(z.uuid()).meta({ description: 'Candidates that were in the pool already (left as they were)' }),
  }),
});
export const ZRemovePoolMembersResult = z.object({
  data: z.object({
    pool: ZPool,
    removed: z.array(z.uuid()),
    notMembers: z.array(z.uuid()).meta({ description: 'Candidates that were not in the pool (nothing to remove)' }),
  }),
});

/** The candidate list's filters and sort, within one pool. */
export const ZListPoolMembersQuery = ZListCandidatesQuery.omit({ poolId: true });
export const ZPoolMemberList = ZCandidateList;
