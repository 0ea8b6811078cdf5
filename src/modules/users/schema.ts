import { z } from 'zod';
import { ZPageQuery } from '../../platform/pagination';
import { ZEmail, ZInstant, ZName, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { STAFF_ROLES } from '../../shared/roles';

export const ZRole = z.enum(STAFF_ROLES);
export const ZUserStatus = z.enum(['invited', 'active', 'deactivated']);

export const ZUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    status: ZUserStatus,
    timeZone: z.string().nullable(),
    lastLoginAt: ZInstant.nullable(),
    createdAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const ZUserAbilities = z.object({
  update: z.boolean(),
  deactivate: z.boolean(),
  reactivate: z.boolean(),
  resendInvitation: z.boolean(),
});

export const ZUserRecord = recordEnvelope(ZUser, ZUserAbilities);
export const ZUserList = listEnvelope(ZUser);

export const ZListUsersQuery = ZPageQuery.extend({
  status: ZUserStatus.optional(),
  role: ZRole.optional(),
  q: z.string().trim().max(100).optional(),
});
export type TListUsersQuery = z.infer<typeof ZListUsersQuery>;

export const ZInviteUserBody = z.object({ email: ZEmail, name: ZName, role: ZRole });
export type TInviteUserBody = z.infer<typeof ZInviteUserBody>;

export const ZUpdateUserBody = z.object({
  version: z.number().int().min(1),
  name: ZName.optional(),
  role: ZRole.optional(),
});
export type TUpdateUserBody = z.infer<typeof ZUpdateUserBody>;

/** The agency's people as every staff member may see them: for owner, assignee and recruiter pickers. */
export const ZTeamMember = z.object({ id: z.uuid(), name: z.string(), role: ZRole }).meta({ id: 'TeamMember' });
export const ZTeam = z.object({ data: z.array(ZTeamMember) });
