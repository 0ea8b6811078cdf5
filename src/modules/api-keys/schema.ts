import { z } from 'zod';
import { ZInstant, ZName, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';

export const ZApiKeyScope = z.enum(['read', 'write']);

export const ZApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(ZApiKeyScope),
    userId: z.uuid(),
    userName: z.string(),
    createdAt: ZInstant,
    lastUsedAt: ZInstant.nullable(),
    revokedAt: ZInstant.nullable(),
  })
  .meta({ id: 'ApiKey' });

const ZApiKeyAbilities = z.object({ revoke: z.boolean() });
export const ZApiKeyRecord = recordEnvelope(ZApiKey, ZApiKeyAbilities);
/** Only the answer to creation carries the key itself: it is shown once and never stored. */
export const ZCreatedApiKey = recordEnvelope(ZApiKey.extend({ key: z.string() }), ZApiKeyAbilities);
export const ZApiKeyList = listEnvelope(ZApiKey);
export const ZListApiKeysQuery = ZPageQuery;

export const ZCreateApiKeyBody = z.object({
  name: ZName,
  scopes: z.array(ZApiKeyScope).min(1).max(2),
});
