import type { StaffRole } from '../../shared/roles';

export type ApiKeyScope = 'read' | 'write';

type StaffActorBase = {
  agencyId: string;
  userId: string;
  role: StaffRole;
  name: string;
  email: string;
  requestId: string | undefined;
};

/** A staff user signed in through the web app (session cookie). */
export type SessionActor = StaffActorBase & { type: 'user'; sessionId: string; csrfToken: string };

/** An integration calling with an API key; it acts with the role of the user who made the key. */
export type ApiKeyActor = StaffActorBase & { type: 'api_key'; apiKeyId: string; scopes: ApiKeyScope[] };

export type StaffActor = SessionActor | ApiKeyActor;

/** Work the system does by itself (rules, jobs, seeding). */
export type SystemActor = { type: 'system'; agencyId: string; label: string; requestId: string | undefined };

export type Actor = StaffActor | SystemActor;

export function systemActor(agencyId: string, label = 'Fillrate'): SystemActor {
  return { type: 'system', agencyId, label, requestId: undefined };
}

export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case 'user':
      return actor.name;
    case 'api_key':
      return `${actor.name} (API key)`;
    case 'system':
      return actor.label;
  }
}

export function actorUserId(actor: Actor): string | null {
  return actor.type === 'system' ? null : actor.userId;
}
