import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { templates } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { TEMPLATES, type TemplateKey, assertKnownVariables, isTemplateKey, renderText, templateText } from '../../platform/templates';

export function assertTemplateKey(key: string): TemplateKey {
  if (!isTemplateKey(key)) {
    throw notFound(`Template ${key}`);
  }
  return key;
}

export async function describeTemplate(tx: Executor, agencyId: string, key: TemplateKey) {
  const definition = TEMPLATES[key];
  const text = await templateText(tx, agencyId, key);
  return { key, area: definition.area, label: definition.label, variables: Object.keys(definition.variables), ...text };
}

export async function listTemplates(tx: Executor, agencyId: string) {
  const keys = Object.keys(TEMPLATES).filter(isTemplateKey);
  return Promise.all(keys.map((key) => describeTemplate(tx, agencyId, key)));
}

/** Saves the agency's wording; a variable the template does not offer is refused, naming the field. */
export async function saveTemplate({ actor, tx, key, subject, body }: { actor: StaffActor; tx: Executor; key: TemplateKey; subject: string; body: string }) {
  assertKnownVariables(key, subject, body);
  const before = await templateText(tx, actor.agencyId, key);
  await tx
    .insert(templates)
    .values({ agencyId: actor.agencyId, key, subject, body })
    .onConflictDoUpdate({ target: [templates.agencyId, templates.key], set: { subject, body } });
  await recordAudit(tx, actor, { entity: 'template', entityId: actor.agencyId, action: `update ${key}`, before, after: { subject, body } });
  return describeTemplate(tx, actor.agencyId, key);
}

/** Back to the wording in code. */
export async function resetTemplate({ actor, tx, key }: { actor: StaffActor; tx: Executor; key: TemplateKey }) {
  const before = await templateText(tx, actor.agencyId, key);
  await tx.delete(templates).where(and(eq(templates.agencyId, actor.agencyId), eq(templates.key, key)));
  await recordAudit(tx, actor, { entity: 'template', entityId: actor.agencyId, action: `reset ${key}`, before });
  return describeTemplate(tx, actor.agencyId, key);
}

/** Renders unsaved text with the template's sample values. */
export function previewTemplate(key: TemplateKey, subject: string, body: string) {
  assertKnownVariables(key, subject, body);
  const samples = TEMPLATES[key].variables;
  return { subject: renderText(subject, samples), body: renderText(body, samples) };
}
