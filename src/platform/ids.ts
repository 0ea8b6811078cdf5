import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7) made in the app: PostgreSQL 15 has no uuidv7(). */
export function newId(): string {
  return v7();
}
