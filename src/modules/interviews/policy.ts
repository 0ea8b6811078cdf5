import { checkInterviewChange, checkOutcome } from '../../domain/interviews';
import type { StaffActor } from '../../platform/auth/actor';
import { now } from '../../platform/clock';
import { pipelinePolicy } from '../pipeline/policy';

type InterviewLike = { status: 'scheduled' | 'completed' | 'cancelled'; startsAt: Date };

/** Every staff role reads interviews; the front office schedules, changes, cancels them and records outcomes. */
export const interviewPolicy = {
  canSchedule: (actor: StaffActor) => pipelinePolicy.canWork(actor),
  canUpdate: (actor: StaffActor, interview: InterviewLike) => pipelinePolicy.canWork(actor) && checkInterviewChange(interview.status).ok,
  canCancel: (actor: StaffActor, interview: InterviewLike) => pipelinePolicy.canWork(actor) && checkInterviewChange(interview.status).ok,
  canRecordOutcome: (actor: StaffActor, interview: InterviewLike) => pipelinePolicy.canWork(actor) && checkOutcome(interview.status, interview.startsAt, now()).ok,
};

export function interviewAbilities(actor: StaffActor, interview: InterviewLike) {
  return { update: interviewPolicy.canUpdate(actor, interview), cancel: interviewPolicy.canCancel(actor, interview), recordOutcome: interviewPolicy.canRecordOutcome(actor, interview) };
}
