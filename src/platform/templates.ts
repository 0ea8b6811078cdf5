import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { templates } from '../db/schema';
import { AppError } from './errors';

type TemplateDefinition = {
  area: string;
  label: string;
  /** The variables the template may use, with a sample value for previews. */
  variables: Record<string, string>;
  subject: string;
  body: string;
};

/** Every template the app renders. Agencies edit the text; the variables are fixed by the code that renders them. */
export const TEMPLATES = {
  'user.invitation': {
    area: 'Users',
    label: 'Invitation to a new user',
    variables: {
      agencyName: 'Northwind Staffing',
      inviteeName: 'Alex Morgan',
      inviterName: 'Dana Admin',
      role: 'Recruiter',
      link: 'https://fillrate.example/invitations/abc',
      expiresOn: '30 November 2026',
    },
    subject: 'You are invited to {{agencyName}} on Fillrate',
    body: [
      'Hello {{inviteeName}},',
      '',
      '{{inviterName}} has invited you to join {{agencyName}} on Fillrate as {{role}}.',
      '',
      'Choose your password here: {{link}}',
      '',
      'The link works once and expires on {{expiresOn}}.',
    ].join('\n'),
  },
} as const satisfies Record<string, TemplateDefinition>;

export type TemplateKey = keyof typeof TEMPLATES;
export type TemplateVariables<K extends TemplateKey> = Record<keyof (typeof TEMPLATES)[K]['variables'], string>;

const VARIABLE = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(TEMPLATES, key);
}

/** Names used in a text that the template does not offer. */
export function unknownVariables(text: string, allowed: Iterable<string>): string[] {
  const known = new Set(allowed);
  return [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1] ?? ''))].filter((name) => !known.has(name));
}

/** Replaces `{{name}}` with its value. */
export function renderText(text: string, values: Record<string, string>): string {
  return text.replace(VARIABLE, (_match, name: string) => values[name] ?? '');
}

export type RenderedTemplate = { subject: string; body: string };

/** The agency's version of a template (else the default), rendered with the given values. */
export async function renderTemplate<K extends TemplateKey>(tx: Executor, agencyId: string, key: K, values: TemplateVariables<K>): Promise<RenderedTemplate> {
  const text = await templateText(tx, agencyId, key);
  return { subject: renderText(text.subject, values), body: renderText(text.body, values) };
}

export async function templateText(tx: Executor, agencyId: string, key: TemplateKey): Promise<RenderedTemplate & { customized: boolean }> {
  const [row] = await tx
    .select({ subject: templates.subject, body: templates.body })
    .from(templates)
    .where(and(eq(templates.agencyId, agencyId), eq(templates.key, key)));
  const definition = TEMPLATES[key];
  return row ? { ...row, customized: true } : { subject: definition.subject, body: definition.body, customized: false };
}

/** Refuses a subject or body that uses a variable the template does not offer. */
export function assertKnownVariables(key: TemplateKey, subject: string, body: string): void {
  const allowed = Object.keys(TEMPLATES[key].variables);
  const fields = [
    { path: 'subject', unknown: unknownVariables(subject, allowed) },
    { path: 'body', unknown: unknownVariables(body, allowed) },
  ]
    .filter((field) => field.unknown.length > 0)
    .map((field) => ({ path: field.path, message: `unknown variable ${field.unknown.map((name) => `{{${name}}}`).join(', ')}; available: ${allowed.join(', ')}` }));
  if (fields.length > 0) {
    throw new AppError('validation', fields.map((field) => `${field.path}: ${field.message}`).join('; '), { fields });
  }
}
