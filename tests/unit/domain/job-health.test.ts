import { describe, expect, it } from 'vitest';
import { type JobHealthFacts, atRiskReasons, jobAging } from '../../../src/domain/job-health';

const NOW = new Date('2026-11-23T12:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000);
const thresholds = { openWithoutSubmissionDays: 10, onHoldDays: 14, startWithinDays: 7 };
const openJob: JobHealthFacts = {
  status: 'open',
  createdAt: daysBefore(20),
  statusChangedAt: daysBefore(12),
  firstOpenedAt: daysBefore(12),
  targetStartOn: null,
  nextActionAt: daysBefore(-1),
};
const rules = (facts: JobHealthFacts) => atRiskReasons(facts, thresholds, NOW).map((reason) => reason.rule);

describe('job aging and at-risk reasons', () => {
  it('aging: days in the current status and days from intake to open', () => {
    expect(jobAging(openJob, NOW)).toEqual({ daysInStatus: 12, daysIntakeToOpen: 8 });
    expect(jobAging({ ...openJob, firstOpenedAt: null }, NOW).daysIntakeToOpen).toBeNull();
  });

  it('an open job with a next action and no pipeline facts yet is not at risk', () => {
    expect(rules(openJob)).toEqual([]);
  });

  it('an open job without a next action is at risk', () => {
    expect(atRiskReasons({ ...openJob, nextActionAt: null }, thresholds, NOW)).toEqual([{ rule: 'no_next_action', message: 'Open with no next action' }]);
  });

  it('on hold longer than the threshold is at risk; at the threshold it is not', () => {
    expect(rules({ ...openJob, status: 'on_hold', statusChangedAt: daysBefore(15) })).toEqual(['on_hold_too_long']);
    expect(rules({ ...openJob, status: 'on_hold', statusChangedAt: daysBefore(14) })).toEqual([]);
  });

  it('open past the threshold with no submission is at risk once pipeline facts are known', () => {
    expect(rules({ ...openJob, pipeline: { submissions: 0, inInterview: 0 } })).toEqual(['open_without_submission']);
    expect(rules({ ...openJob, pipeline: { submissions: 2, inInterview: 1 } })).toEqual([]);
  });

  it('a start date within the threshold with nobody in interview is at risk once pipeline facts are known', () => {
    const startingSoon = { ...openJob, targetStartOn: '2026-11-27', pipeline: { submissions: 1, inInterview: 0 } };
    expect(atRiskReasons(startingSoon, thresholds, NOW)).toEqual([{ rule: 'start_near_without_interview', message: 'Starts in 3 days with nobody in interview' }]);
    expect(rules({ ...startingSoon, targetStartOn: '2026-12-20' })).toEqual([]);
  });

  it('closed, filled and cancelled jobs are never at risk', () => {
    for (const status of ['closed', 'filled', 'cancelled'] as const) {
      expect(rules({ ...openJob, status, nextActionAt: null, pipeline: { submissions: 0, inInterview: 0 } })).toEqual([]);
    }
  });
});
