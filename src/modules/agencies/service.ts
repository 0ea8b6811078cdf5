import type { Executor } from '../../db/client';
import { agencies, listItems, stageTemplateStages, users } from '../../db/schema';
import { DEFAULT_STAGES } from '../../domain/stage-template';
import { systemActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import { LISTS } from '../../platform/lists';
import type { StaffRole } from '../../shared/roles';

type CreateAgencyInput = {
  tx: Executor;
  name: string;
  slug: string;
  admin: { email: string; name: string; password?: string };
};

/** A new agency with its first admin and the option lists and pipeline stages every agency starts with. */
export async function createAgency({ tx, name, slug, admin }: CreateAgencyInput) {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)) {
    throw new AppError('validation', 'slug: lowercase letters, digits and dashes', { fields: [{ path: 'slug', message: 'lowercase letters, digits and dashes' }] });
  }
  const [agency] = await tx.insert(agencies).values({ name, slug }).returning();
  if (!agency) {
    throw new Error('agency insert returned no row');
  }
  const actor = systemActor(agency.id);
  await tx.insert(listItems).values(
    Object.entries(LISTS).flatMap(([list, definition]) =>
      definition.defaults.map(([value, label], position) => ({ agencyId: agency.id, list, value, label, position })),
    ),
  );
  await tx.insert(stageTemplateStages).values(DEFAULT_STAGES.map((stage, position) => ({ agencyId: agency.id, ...stage, position })));
  const user = await createUser({ tx, agencyId: agency.id, email: admin.email, name: admin.name, role: 'admin', password: admin.password });
  await recordAudit(tx, actor, { entity: 'agency', entityId: agency.id, action: 'create', after: agency });
  return { agency, admin: user };
}

type CreateUserInput = {
  tx: Executor;
  agencyId: string;
  email: string;
  name: string;
  role: StaffRole;
  /** With a password the user is active at once (CLI, seed); without, they wait for an invitation. */
  password?: string;
};

/** Adds a staff user to an agency; emails are unique across the installation. */
export async function createUser({ tx, agencyId, email, name, role, password }: CreateUserInput) {
  const [user] = await tx
    .insert(users)
    .values({
      agencyId,
      email: email.trim().toLowerCase(),
      name,
      role,
      status: password ? 'active' : 'invited',
      passwordHash: password ? await hashPassword(password) : null,
    })
    .returning();
  if (!user) {
    throw new Error('user insert returned no row');
  }
  await recordAudit(tx, systemActor(agencyId), { entity: 'user', entityId: user.id, action: 'create', after: user });
  return user;
}
