import { z } from 'zod';

export const ZSetting = z.object({ key: z.string(), area: z.string(), label: z.string(), value: z.unknown(), defaultValue: z.unknown() }).meta({ id: 'Setting' });
export const ZSettingKeyParams = z.object({ key: z.string().min(1).max(100) });
export const ZUpdateSettingBody = z.object({ value: z.unknown().refine((value) => value !== undefined, 'required') });

export const ZListItem = z
  .object({ id: z.uuid(), list: z.string(), value: z.string(), label: z.string(), position: z.number().int(), archived: z.boolean(), version: z.number().int() })
  .meta({ id: 'ListItem' });
export const ZList = z.object({ name: z.string(), label: z.string(), items: z.array(ZListItem) }).meta({ id: 'OptionList' });
export const ZListParams = z.object({ list: z.string().min(1).max(50) });
export const ZListItemParams = ZListParams.extend({ id: z.uuid() });
export const ZCreateListItemBody = z.object({
  value: z.string().trim().regex(/^[a-z0-9_]{1,50}$/, 'lowercase letters, digits and underscores'),
  label: z.string().trim().min(1).max(100),
});
export const ZUpdateListItemBody = z.object({
  version: z.number().int().min(1),
  label: z.string().trim().min(1).max(100).optional(),
  archived: z.boolean().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

export const ZTemplate = z
  .object({ key: z.string(), area: z.string(), label: z.string(), subject: z.string(), body: z.string(), variables: z.array(z.string()), customized: z.boolean() })
  .meta({ id: 'Template' });
export const ZTemplateKeyParams = z.object({ key: z.string().min(1).max(100) });
export const ZTemplateBody = z.object({ subject: z.string().trim().min(1).max(300), body: z.string().min(1).max(20_000) });
export const ZRenderedTemplate = z.object({ subject: z.string(), body: z.string() });
