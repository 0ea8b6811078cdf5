import { describe, expect, it } from 'vitest';
import { checkCandidateInvite, checkInterviewChange, checkInterviewTimes, checkJobTakesInterview, checkOutcome, splitRecipients } from '../../../src/domain/interviews';
import { JOB_STATUSES } from '../../../src/shared/jobs';

const at = (iso: string) => new Date(iso);

describe('interview rules', () => {
  it('the end comes after the start, at most 12 hours later, naming endsAt', () => {
    expect(checkInterviewTimes(at('2030-06-10T13:00:00Z'), at('2030-06-10T14:00:00Z')).ok).toBe(true);
    expect(checkInterviewTimes(at('2030-06-10T13:00:00Z'), at('2030-06-11T01:00:00Z')).ok).toBe(true);
    expect(checkInterviewTimes(at('2030-06-10T13:00:00Z'), at('2030-06-10T13:00:00Z'))).toEqual({ ok: false, rule: 'interview.times', message: 'must be after the start', field: 'endsAt' });
    expect(checkInterviewTimes(at('2030-06-10T13:00:00Z'), at('2030-06-11T01:01:00Z'))).toMatchObject({ ok: false, field: 'endsAt', message: 'an interview lasts at most 12 hours' });
  });

  it.each(JOB_STATUSES)('a %s job takes interviews only while it is worked', (status) => {
    expect(checkJobTakesInterview(status).ok).toBe(['qualified', 'open', 'on_hold', 'filled'].includes(status));
  });

  it('only a scheduled interview is changed or cancelled', () => {
    expect(checkInterviewChange('scheduled').ok).toBe(true);
    expect(checkInterviewChange('completed')).toMatchObject({ ok: false, rule: 'interview.not_scheduled' });
    expect(checkInterviewChange('cancelled')).toMatchObject({ ok: false, rule: 'interview.not_scheduled' });
  });

  it('an outcome waits for the start and never comes for a cancelled interview; a completed one can be corrected', () => {
    const startsAt = at('2030-06-10T13:00:00Z');
    expect(checkOutcome('scheduled', startsAt, at('2030-06-10T12:59:59Z'))).toMatchObject({ ok: false, rule: 'interview.not_started' });
    expect(checkOutcome('scheduled', startsAt, startsAt).ok).toBe(true);
    expect(checkOutcome('completed', startsAt, at('2030-06-11T00:00:00Z')).ok).toBe(true);
    expect(checkOutcome('cancelled', startsAt, at('2030-06-11T00:00:00Z'))).toMatchObject({ ok: false, rule: 'interview.cancelled' });
  });

  it('a candidate marked do not contact is not invited, naming inviteCandidate', () => {
    expect(checkCandidateInvite(true, true)).toMatchObject({ ok: false, rule: 'interview.do_not_contact', field: 'inviteCandidate' });
    expect(checkCandidateInvite(false, true).ok).toBe(true);
    expect(checkCandidateInvite(true, false).ok).toBe(true);
  });

  it('on a change, newcomers are invited, those still on it updated and those taken off cancelled (by address, any case)', () => {
    const priya = { name: 'Priya', email: 'priya@client.example' };
    const sam = { name: 'Sam', email: 'sam@agency.example' };
    const jo = { name: 'Jo', email: 'jo@agency.example' };
    expect(splitRecipients([priya, sam], [{ ...sam, email: 'SAM@agency.example' }, jo])).toEqual({ invite: [jo], update: [{ ...sam, email: 'SAM@agency.example' }], cancel: [priya] });
    expect(splitRecipients([], [priya])).toEqual({ invite: [priya], update: [], cancel: [] });
  });
});
