import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiKeys } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { generateApiKey } from '../../platform/auth/api-keys';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { findTenantRow } from '../../platform/records';

type CommandBase = { actor: StaffActor; tx: Executor };

/** A new key acting as the admin who made it; the secret is returned once and only its hash is kept. */
export async function createApiKey({ actor, tx, name, scopes }: CommandBase & { name: string; scopes: ('read' | 'write')[] }) {
  const generated = generateApiKey();
  const [row] = await tx
    .insert(apiKeys)
    .values({ agencyId: actor.agencyId, userId: actor.userId, name, prefix: generated.prefix, keyHash: generated.hash, scopes: [...new Set(scopes)] })
    .returning();
  if (!row) {
    throw new Error('api key insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'api_key', entityId: row.id, action: 'create', after: row });
  return { id: row.id, key: generated.key };
}

/** Revoking is immediate and final; revoking a revoked key changes nothing. */
export async function revokeApiKey({ actor, tx, id }: CommandBase & { id: string }) {
  const before = await findTenantRow(tx, apiKeys, actor.agencyId, id, 'API key', { forUpdate: true });
  const where = and(eq(apiKeys.agencyId, actor.agencyId), eq(apiKeys.id, id));
  const [after] = await tx
    .update(apiKeys)
    .set({ revokedAt: now() })
    .where(and(where, isNull(apiKeys.revokedAt)))
    .returning();
  if (after) {
    await recordAudit(tx, actor, { entity: 'api_key', entityId: id, action: 'revoke', before, after });
  }
}
