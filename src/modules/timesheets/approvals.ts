import { type ApprovalAction, approvalStatusAfter, checkApproval } from '../../domain/timesheets';
import { type Actor, actorLabel } from '../../platform/auth/actor';
import { now } from '../../platform/clock';
import { AppError, type RelatedRecord } from '../../platform/errors';
import type { ApprovalStatus } from '../../shared/back-office';

/** What every approvable record (timesheet, expense) carries. */
export type Approvable = { id: string; status: ApprovalStatus; version: number };

/**
 * The batch shape of ARCHITECTURE.md for approve and reject: every selected record is checked first; any refusal
 * answers 422 with one `related` entry per refused record (its rule and why) and nothing changes.
 */
export function assertBatch<T extends Approvable>(ids: readonly string[], rows: readonly T[], action: 'approve' | 'reject', noun: string, labelOf: (row: T) => string, reason?: string): void {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const refused: RelatedRecord[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      refused.push({ type: noun, id, label: `not a ${noun} of this agency`, rule: 'not_found', reason: `no such ${noun}` });
      continue;
    }
    const verdict = checkApproval(action, row.status, noun, reason);
    if (!verdict.ok) {
      refused.push({ type: noun, id, label: labelOf(row), rule: verdict.rule, reason: verdict.message });
    }
  }
  if (refused.length === 0) {
    return;
  }
  const reasonMissing = refused.find((entry) => entry.rule === `${noun}.rejection_reason`);
  throw new AppError('rule_violation', `${refused.length} of ${ids.length} ${noun}s cannot be ${action === 'approve' ? 'approved' : 'rejected'}; nothing was changed`, {
    rule: refused[0]?.rule ?? `${noun}.status`,
    related: refused,
    ...(reasonMissing ? { fields: [{ path: 'options.reason', message: 'give the reason for the rejection' }] } : {}),
  });
}

/** The columns a decision or a submission sets. */
export function approvalChanges(actor: Actor, action: ApprovalAction, row: Approvable, reason?: string) {
  const status = approvalStatusAfter(action);
  switch (action) {
    case 'submit':
      return { status, submittedAt: now(), decidedAt: null, decidedByLabel: null, rejectionReason: null, version: row.version + 1 };
    case 'approve':
      return { status, decidedAt: now(), decidedByLabel: actorLabel(actor), rejectionReason: null, version: row.version + 1 };
    case 'reject':
      return { status, decidedAt: now(), decidedByLabel: actorLabel(actor), rejectionReason: reason?.trim() ?? '', version: row.version + 1 };
    case 'edit':
      return { status, version: row.version + 1 };
  }
}
