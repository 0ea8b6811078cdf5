import { describe, expect, it } from 'vitest';
import { JOB_TRANSITIONS, checkJobTransition, manualTransitions, takesCandidates } from '../../../src/domain/job-status';
import { JOB_STATUSES, type JobStatus } from '../../../src/shared/jobs';

const allYes = { real: { answer: true }, fundable: { answer: true }, actionable: { answer: true }, specific: { answer: true } };
/** The facts that make every otherwise-legal move pass: an owner, all four checks yes, a reason. */
const satisfied = { by: 'user' as const, hasOwner: true, qualification: allYes, reason: 'client asked' };

const LEGAL: [JobStatus, JobStatus][] = [
  ['intake', 'qualified'],
  ['intake', 'cancelled'],
  ['qualified', 'open'],
  ['qualified', 'cancelled'],
  ['open', 'on_hold'],
  ['open', 'filled'],
  ['open', 'closed'],
  ['open', 'cancelled'],
  ['on_hold', 'open'],
  ['on_hold', 'closed'],
  ['on_hold', 'cancelled'],
  ['filled', 'open'],
  ['closed', 'open'],
];
const isLegal = (from: JobStatus, to: JobStatus) => LEGAL.some(([f, t]) => f === from && t === to);

describe('job status machine: intake → qualified → open ⇄ on_hold → filled | closed | cancelled', () => {
  it('the transition table is exactly the legal pairs', () => {
    const table = JOB_STATUSES.flatMap((from) => JOB_TRANSITIONS[from].map((to) => [from, to]));
    expect(table.sort()).toEqual([...LEGAL].sort());
  });

  for (const from of JOB_STATUSES) {
    for (const to of JOB_STATUSES) {
      if (isLegal(from, to)) {
        it(`legal: ${from} → ${to}`, () => {
          expect(checkJobTransition({ from, to, ...satisfied, by: to === 'filled' ? 'system' : 'user' })).toEqual({ ok: true });
        });
      } else {
        it(`illegal: ${from} → ${to} is refused naming job.transition`, () => {
          expect(checkJobTransition({ from, to, ...satisfied })).toMatchObject({ ok: false, rule: 'job.transition', field: 'to' });
        });
      }
    }
  }

  it('a job cannot be qualified unless all four checks are answered yes', () => {
    const oneNo = { ...allYes, fundable: { answer: false } };
    expect(checkJobTransition({ from: 'intake', to: 'qualified', ...satisfied, qualification: oneNo })).toMatchObject({ ok: false, rule: 'job.qualification_required' });
    expect(checkJobTransition({ from: 'intake', to: 'qualified', ...satisfied, qualification: null })).toMatchObject({ ok: false, rule: 'job.qualification_required' });
    const { specific: _missing, ...three } = allYes;
    expect(checkJobTransition({ from: 'intake', to: 'qualified', ...satisfied, qualification: three })).toMatchObject({ ok: false, rule: 'job.qualification_required' });
  });

  it('a job cannot open without an owner, whether from qualified, on hold or a reopen', () => {
    for (const from of ['qualified', 'on_hold', 'closed', 'filled'] as const) {
      expect(checkJobTransition({ from, to: 'open', ...satisfied, hasOwner: false })).toMatchObject({ ok: false, rule: 'job.owner_required', field: 'ownerId' });
    }
  });

  it('filled is set by the system only (the last opening placed), never by hand', () => {
    expect(checkJobTransition({ from: 'open', to: 'filled', ...satisfied, by: 'user' })).toMatchObject({ ok: false, rule: 'job.filled_by_system' });
    expect(checkJobTransition({ from: 'open', to: 'filled', ...satisfied, by: 'system' })).toEqual({ ok: true });
    expect(manualTransitions('open')).not.toContain('filled');
  });

  it('reopening a filled or closed job by hand needs a reason; the system reopens with its own', () => {
    for (const from of ['filled', 'closed'] as const) {
      expect(checkJobTransition({ from, to: 'open', ...satisfied, reason: '  ' })).toMatchObject({ ok: false, rule: 'job.reopen_reason_required', field: 'reason' });
      expect(checkJobTransition({ from, to: 'open', ...satisfied, reason: undefined })).toMatchObject({ ok: false, rule: 'job.reopen_reason_required' });
    }
    expect(checkJobTransition({ from: 'filled', to: 'open', ...satisfied, by: 'system', reason: 'placement cancelled' })).toEqual({ ok: true });
    expect(checkJobTransition({ from: 'on_hold', to: 'open', ...satisfied, reason: undefined })).toEqual({ ok: true });
  });

  it('cancelled is final', () => {
    expect(manualTransitions('cancelled')).toEqual([]);
  });

  it('only qualified and open jobs take candidates', () => {
    expect(JOB_STATUSES.filter(takesCandidates)).toEqual(['qualified', 'open']);
  });
});
