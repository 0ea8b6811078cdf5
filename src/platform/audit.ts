import type { Executor } from '../db/client';
import { auditEvents } from '../db/schema';
import { type Actor, actorLabel } from './auth/actor';

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
