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

const INTERVIEW_VARIABLES = {
  agencyName: 'Northwind Staffing',
  recipientName: 'Priya Shah',
  candidateName: 'Alex Morgan',
  jobTitle: 'Senior Java Developer',
  organizationName: 'Acme Logistics',
  interviewType: 'video',
  when: 'Tuesday 8 December 2026, 14:00–15:00 (Europe/London)',
  place: 'https://meet.example/abc',
  notes: 'Please bring examples of recent work.',
  organizerName: 'Sam Recruiter',
};

/** An invitation or its update: what happened, then when and where, the notes, the calendar file and who organizes it. */
const interviewBody = (news: string, calendarNote: string) =>
  ['Hello {{recipientName}},', '', news, '', 'When: {{when}}', 'Where: {{place}}', '', '{{notes}}', '', calendarNote, '', '{{organizerName}}, {{agencyName}}'].join('\n');

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
  'submission.single': {
    area: 'Pipeline',
    label: 'Candidate submitted to the hiring contact',
    variables: {
      agencyName: 'Northwind Staffing',
      contactName: 'Priya Shah',
      jobTitle: 'Senior Java Developer',
      jobReference: 'J-1042',
      candidateName: 'Alex Morgan',
      candidateSummary: 'Current title: Java Developer\nLocation: Leeds\nSkills: Java, Spring, AWS',
      note: 'Alex has led two payment platform migrations and can start in four weeks.',
      recruiterName: 'Sam Recruiter',
      recruiterEmail: 'sam@northwind.test',
    },
    subject: '{{candidateName}} for {{jobTitle}} ({{jobReference}})',
    body: [
      'Hello {{contactName}},',
      '',
      'I would like to put forward {{candidateName}} for the {{jobTitle}} role. Their CV is attached.',
      '',
      '{{note}}',
      '',
      '{{candidateSummary}}',
      '',
      'Let me know what you think, or if you would like to meet them.',
      '',
      '{{recruiterName}}',
      '{{agencyName}} · {{recruiterEmail}}',
    ].join('\n'),
  },
  'submission.shortlist': {
    area: 'Pipeline',
    label: 'Shortlist sent to the hiring contact',
    variables: {
      agencyName: 'Northwind Staffing',
      contactName: 'Priya Shah',
      jobTitle: 'Senior Java Developer',
      jobReference: 'J-1042',
      candidateCount: '3',
      candidateList: '1. Alex Morgan: Java Developer, Leeds\n2. Jo Lee: Backend Engineer, York',
      note: 'Three strong candidates, all available within a month.',
      recruiterName: 'Sam Recruiter',
      recruiterEmail: 'sam@northwind.test',
    },
    subject: 'Shortlist for {{jobTitle}} ({{jobReference}}): {{candidateCount}} candidates',
    body: [
      'Hello {{contactName}},',
      '',
      'Here is a shortlist of {{candidateCount}} candidates for the {{jobTitle}} role; each CV is attached.',
      '',
      '{{note}}',
      '',
      '{{candidateList}}',
      '',
      'Tell me whom you would like to interview.',
      '',
      '{{recruiterName}}',
      '{{agencyName}} · {{recruiterEmail}}',
    ].join('\n'),
  },
  'interview.invitation': {
    area: 'Pipeline',
    label: 'Interview invitation',
    variables: INTERVIEW_VARIABLES,
    subject: 'Interview: {{candidateName}} for {{jobTitle}}, {{when}}',
    body: interviewBody('You are invited to a {{interviewType}} interview of {{candidateName}} for {{jobTitle}} at {{organizationName}}.', 'The calendar invitation is attached.'),
  },
  'interview.update': {
    area: 'Pipeline',
    label: 'Interview rescheduled or changed',
    variables: INTERVIEW_VARIABLES,
    subject: 'Updated interview: {{candidateName}} for {{jobTitle}}, {{when}}',
    body: interviewBody('The {{interviewType}} interview of {{candidateName}} for {{jobTitle}} has changed.', 'The updated calendar invitation is attached.'),
  },
  'interview.cancellation': {
    area: 'Pipeline',
    label: 'Interview cancelled',
    variables: INTERVIEW_VARIABLES,
    subject: 'Cancelled: interview of {{candidateName}} for {{jobTitle}}, {{when}}',
    body: ['Hello {{recipientName}},', '', 'The interview of {{candidateName}} for {{jobTitle}} on {{when}} is cancelled.', '', '{{notes}}', '', '{{organizerName}}, {{agencyName}}'].join('\n'),
  },
  'placement.candidate_confirmation': {
    area: 'Placements',
    label: 'Placement confirmation to the candidate',
    variables: {
      agencyName: 'Northwind Staffing',
      candidateName: 'Alex Morgan',
      jobTitle: 'Senior Java Developer',
      organizationName: 'Acme Logistics',
      startDate: 'Monday 4 January 2027',
      startDetails: 'Report to reception at 9:00, 1 Harbour Way, Leeds, and ask for Priya Shah.',
      nextSteps: 'Sign and return your contract; we will send your first week\'s timesheet reminder.',
      documentsNeeded: 'Passport or right-to-work document, bank details, P45.',
      recruiterName: 'Sam Recruiter',
      recruiterEmail: 'sam@northwind.test',
    },
    subject: 'Congratulations: your start at {{organizationName}} on {{startDate}}',
    body: [
      'Hello {{candidateName}},',
      '',
      'Congratulations on your new role as {{jobTitle}} at {{organizationName}}. You start on {{startDate}}.',
      '',
      'Reporting instructions: {{startDetails}}',
      '',
      'Next steps: {{nextSteps}}',
      '',
      'Documents we need from you: {{documentsNeeded}}',
      '',
      'Any question, call or write to me: {{recruiterName}}, {{recruiterEmail}}.',
      '',
      '{{agencyName}}',
    ].join('\n'),
  },
  'placement.client_confirmation': {
    area: 'Placements',
    label: 'Placement confirmation to the hiring contact',
    variables: {
      agencyName: 'Northwind Staffing',
      contactName: 'Priya Shah',
      candidateName: 'Alex Morgan',
      jobTitle: 'Senior Java Developer',
      startDate: 'Monday 4 January 2027',
      startDetails: 'Alex will report to reception at 9:00.',
      nextSteps: 'We will send the contract and set up billing; please confirm the PO number.',
      recruiterName: 'Sam Recruiter',
      recruiterEmail: 'sam@northwind.test',
    },
    subject: 'Confirmed: {{candidateName}} starts as {{jobTitle}} on {{startDate}}',
    body: [
      'Hello {{contactName}},',
      '',
      'This confirms that {{candidateName}} starts as {{jobTitle}} on {{startDate}}.',
      '',
      '{{startDetails}}',
      '',
      'Next steps: {{nextSteps}}',
      '',
      '{{recruiterName}}, {{agencyName}} · {{recruiterEmail}}',
    ].join('\n'),
  },
  'invoice.sent': {
    area: 'Invoices',
    label: 'Invoice sent to the billing contact (the PDF is attached)',
    variables: {
      agencyName: 'Northwind Staffing',
      contactName: 'Priya Shah',
      organizationName: 'Acme Logistics',
      invoiceNumber: 'INV-0007',
      totalAmount: 'GBP 1,350.00',
      dueDate: '20 December 2026',
      period: '16 November 2026 to 22 November 2026',
      poReference: 'Your PO number: PO-4471',
      senderName: 'Bea Backoffice',
      senderEmail: 'accounts@northwind.test',
    },
    subject: 'Invoice {{invoiceNumber}} from {{agencyName}}',
    body: [
      'Hello {{contactName}},',
      '',
      'Please find attached invoice {{invoiceNumber}} to {{organizationName}} for {{period}}.',
      '{{poReference}}',
      'Amount due: {{totalAmount}}, by {{dueDate}}.',
      '',
      'Any question about it, write to {{senderName}}, {{senderEmail}}.',
      '',
      '{{agencyName}}',
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
