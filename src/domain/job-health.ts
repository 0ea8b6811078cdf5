import type { JobStatus } from '../shared/jobs';

const DAY_MS = 24 * 3600 * 1000;

export type JobHealthFacts = {
  status: JobStatus;
  createdAt: Date;
  statusChangedAt: Date;
  firstOpenedAt: Date | null;
  targetStartOn: string | null;
  nextActionAt: Date | null;
  /** Pipeline figures; absent until the Pipeline issue supplies them, and the rules that need them wait. */
  pipeline?: { submissions: number; inInterview: number };
};

export type JobHealthThresholds = {
  openWithoutSubmissionDays: number;
  onHoldDays: number;
  startWithinDays: number;
};

export type AtRiskReason = { rule: string; message: string };

type AtRiskRule = { id: string; reason: (facts: JobHealthFacts, thresholds: JobHealthThresholds, now: Date) => string | null };

const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

/** The at-risk rules, each independent; the Pipeline issue's data switches on the ones that need it. */
export const AT_RISK_RULES: AtRiskRule[] = [
  {
    id: 'no_next_action',
    reason: (facts) => (facts.status === 'open' && !facts.nextActionAt ? 'Open with no next action' : null),
  },
  {
    id: 'on_hold_too_long',
    reason: (facts, thresholds, now) => {
      const days = daysBetween(facts.statusChangedAt, now);
      return facts.status === 'on_hold' && days > thresholds.onHoldDays ? `On hold for ${days} days` : null;
    },
  },
  {
    id: 'open_without_submission',
    reason: (facts, thresholds, now) => {
      if (facts.status !== 'open' || !facts.firstOpenedAt || !facts.pipeline || facts.pipeline.submissions > 0) {
        return null;
      }
      const days = daysBetween(facts.firstOpenedAt, now);
      return days > thresholds.openWithoutSubmissionDays ? `Open ${days} days with no submission` : null;
    },
  },
  {
    id: 'start_near_without_interview',
    reason: (facts, thresholds, now) => {
      if (facts.status !== 'open' || !facts.targetStartOn || !facts.pipeline || facts.pipeline.inInterview > 0) {
        return null;
      }
      const days = daysBetween(now, new Date(`${facts.targetStartOn}T00:00:00Z`));
      return days <= thresholds.startWithinDays ? `Starts in ${Math.max(days, 0)} days with nobody in interview` : null;
    },
  },
];

export function atRiskReasons(facts: JobHealthFacts, thresholds: JobHealthThresholds, now: Date): AtRiskReason[] {
  return AT_RISK_RULES.flatMap((rule) => {
    const message = rule.reason(facts, thresholds, now);
    return message ? [{ rule: rule.id, message }] : [];
  });
}

/** Aging figures shown on every job. */
export function jobAging(facts: Pick<JobHealthFacts, 'createdAt' | 'statusChangedAt' | 'firstOpenedAt'>, now: Date) {
  return {
    daysInStatus: daysBetween(facts.statusChangedAt, now),
    daysIntakeToOpen: facts.firstOpenedAt ? daysBetween(facts.createdAt, facts.firstOpenedAt) : null,
  };
}
