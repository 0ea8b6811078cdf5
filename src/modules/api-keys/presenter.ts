import type { ApiKeyRow } from './queries';

export function presentApiKey(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    userId: row.userId,
    userName: row.userName,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function presentApiKeyRecord(row: ApiKeyRow) {
  return { data: presentApiKey(row), abilities: { revoke: row.revokedAt === null } };
}
