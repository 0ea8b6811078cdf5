import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiKeys, users } from '../../db/schema';
import { now } from '../clock';
import { randomToken, sha256 } from '../crypto';
import type { ApiKeyActor } from './actor';

const KEY_PATTERN = /^fr_([A-Za-z0-9]{8})_[A-Za-z0-9_-]{32,}$/;
const TOUCH_AFTER_MS = 60 * 1000;

/** A new key: `fr_<prefix>_<secret>`. The prefix is shown in lists; only the hash is stored. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomToken(12).replace(/[^A-Za-z0-9]/g, '').slice(0, 8).padEnd(8, '0');
  const key = `fr_${prefix}_${randomToken(32)}`;
  return { key, prefix, hash: sha256(key) };
}

export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/** The actor behind a live API key whose user is active; notes when it was last used. */
export async function actorForApiKey(tx: Executor, key: string, requestId: string): Promise<ApiKeyActor | undefined> {
  const [row] = await tx
    .select({
      apiKeyId: apiKeys.id,
      scopes: apiKeys.scopes,
      lastUsedAt: apiKeys.lastUsedAt,
      agencyId: users.agencyId,
      userId: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
    })
    .from(apiKeys)
    .innerJoin(users, and(eq(users.agencyId, apiKeys.agencyId), eq(users.id, apiKeys.userId)))
    .where(and(eq(apiKeys.keyHash, sha256(key)), isNull(apiKeys.revokedAt), eq(users.status, 'active')));
  if (!row) {
    return undefined;
  }
  const current = now();
  if (!row.lastUsedAt || current.getTime() - row.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await tx
      .update(apiKeys)
      .set({ lastUsedAt: current })
      .where(and(eq(apiKeys.agencyId, row.agencyId), eq(apiKeys.id, row.apiKeyId)));
  }
  const { lastUsedAt: _lastUsedAt, ...actor } = row;
  return { type: 'api_key', ...actor, requestId };
}
