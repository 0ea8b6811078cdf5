import type { Executor } from '../db/client';
import { and, desc, eq } from 'drizzle-orm';
import { auditEvents } from '../db/schema';
import { type Actor, actorLabel } from './auth/actor';
import { staleVersion } from './errors';

export type AuditChange = {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

// Secrets never enter the history, whatever a caller passes.
const REDACTED_KEYS = new Set(['passwordHash', 'tokenHash', 'keyHash', 'csrfToken']);

function redact(value: unknown): unknown {
  if (value === undefined || value === null) {
    return null;
  }
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (REDACTED_KEYS.has(key) ? undefined : inner)));
}

/** Appends one audit event per changed record, in the caller's transaction. */
export async function recordAudit(tx: Executor, actor: Actor, ...changes: AuditChange[]): Promise<void> {
  if (changes.length === 0) {
    return;
  }
  await tx.insert(auditEvents).values(
    changes.map((change) => ({
      agencyId: actor.agencyId,
      actorType: actor.type,
      actorId: actor.type === 'api_key' ? actor.apiKeyId : actor.type === 'user' ? actor.userId : null,
      actorLabel: actorLabel(actor),
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      before: redact(change.before),
      after: redact(change.after),
      requestId: actor.requestId ?? null,
    })),
  );
}

/**
 * Optimistic concurrency: an edit sent with a version that is no longer the record's answers 409, naming who
 * changed it since (the record's latest audit event), so the editor knows whom to ask.
 */
export async function assertCurrentVersion(tx: Executor, agencyId: string, entity: string, record: { id: string; version: number }, sentVersion: number): Promise<void> {
  if (record.version === sentVersion) {
    return;
  }
  const [latest] = await tx
    .select({ actorLabel: auditEvents.actorLabel })
    .from(auditEvents)
    .where(and(eq(auditEvents.agencyId, agencyId), eq(auditEvents.entity, entity), eq(auditEvents.entityId, record.id)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(1);
  throw staleVersion(entity.replace('_', ' '), latest?.actorLabel);
}
