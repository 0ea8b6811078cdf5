import { z } from 'zod';
import { ZEmail, ZInstant, ZName, ZPassword } from '../../platform/http/schemas';
import { ZRole } from '../users/schema';

export const ZLoginBody = z.object({ email: ZEmail, password: z.string().min(1).max(200) });

export const ZMe = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    timeZone: z.string().nullable(),
    agency: z.object({ id: z.uuid(), name: z.string(), slug: z.string(), timeZone: z.string() }),
  })
  .meta({ id: 'Me' });

export const ZSessionResponse = z.object({ user: ZMe, csrfToken: z.string().nullable() }).meta({ id: 'Session' });

export const ZChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: ZPassword });

export const ZInvitationParams = z.object({ token: z.string().min(20).max(100) });
export const ZInvitation = z.object({ email: z.string(), name: z.string(), agencyName: z.string(), expiresAt: ZInstant }).meta({ id: 'Invitation' });
export const ZAcceptInvitationBody = z.object({ password: ZPassword, name: ZName.optional() });

export const ZOk = z.object({ ok: z.literal(true) });
