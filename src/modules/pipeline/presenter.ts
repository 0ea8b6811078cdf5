import type { jobStages, jobs, pipelineEntries, pipelineStageChanges } from '../../db/schema';
import type { StageKind } from '../../shared/jobs';
import type { PlacementStatus } from '../../shared/pipeline';
import { jobReference, presentJobRef } from '../jobs/presenter';

type EntryRow = typeof pipelineEntries.$inferSelect;
type StageRow = Pick<typeof jobStages.$inferSelect, 'id' | 'name' | 'kind' | 'position'>;

export const presentPipelineStage = (stage: StageRow) => ({ id: stage.id, name: stage.name, kind: stage.kind, position: stage.position });

/** An entry as commands answer it: where it stands and how it got onto the job. */
export function presentPipelineEntry(entry: EntryRow, stage: StageRow) {
  return {
    id: entry.id,
    jobId: entry.jobId,
    candidateId: entry.candidateId,
    stageId: entry.stageId,
    stage: presentPipelineStage(stage),
    stageEnteredAt: entry.stageEnteredAt.toISOString(),
    addedFrom: entry.addedFrom,
    addedBy: entry.addedBy,
    closedReason: entry.closedReason,
    screeningAnswers: entry.screeningAnswers,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    version: entry.version,
  };
}

/** Entries with their stages looked up from the job's stage list. */
export function presentPipelineEntries(entries: EntryRow[], stages: StageRow[]) {
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  return entries.flatMap((entry) => {
    const stage = byId.get(entry.stageId);
    return stage ? [presentPipelineEntry(entry, stage)] : [];
  });
}

type EntryJob = { id: string; number: number; title: string; status: (typeof jobs.$inferSelect)['status']; organizationId: string };

type DetailInput = {
  entry: EntryRow;
  candidate: { id: string; firstName: string; lastName: string; currentTitle: string | null; location: string | null; status: string; emails: string[]; phones: string[] };
  job: EntryJob;
  organizationName: string;
  stages: StageRow[];
  history: (typeof pipelineStageChanges.$inferSelect)[];
};

/** The entry page: where the candidate stands on the job and every move that got them there (newest first). */
export function presentPipelineEntryDetail({ entry, candidate, job, organizationName, stages, history }: DetailInput) {
  const stage = stages.find((candidateStage) => candidateStage.id === entry.stageId);
  if (!stage) {
    throw new Error('pipeline entry stage is not a stage of its job');
  }
  return {
    ...presentPipelineEntry(entry, stage),
    candidate: {
      id: candidate.id,
      name: `${candidate.firstName} ${candidate.lastName}`,
      currentTitle: candidate.currentTitle,
      location: candidate.location,
      status: candidate.status,
      emails: candidate.emails,
      phones: candidate.phones,
    },
    job: presentJobRef(job, organizationName),
    stages: stages.map(presentPipelineStage),
    history: history.map((change) => ({
      id: change.id,
      from: change.fromKind && change.fromStageName ? { stageId: change.fromStageId, name: change.fromStageName, kind: change.fromKind } : null,
      to: { stageId: change.toStageId, name: change.toStageName, kind: change.toKind },
      reason: change.reason,
      actor: { id: change.actorId, label: change.actorLabel },
      at: change.createdAt.toISOString(),
    })),
  };
}

type CandidateEntryInput = {
  entry: EntryRow;
  job: EntryJob;
  organizationName: string;
  stage: StageRow;
  placementStatus: PlacementStatus | null;
};

/** One line of the candidate page's pipeline panel. */
export function presentCandidatePipelineEntry({ entry, job, organizationName, stage, placementStatus }: CandidateEntryInput) {
  return {
    entryId: entry.id,
    version: entry.version,
    job: presentJobRef(job, organizationName),
    stage: presentPipelineStage(stage),
    stageEnteredAt: entry.stageEnteredAt.toISOString(),
    closedReason: entry.closedReason,
    placementStatus,
    createdAt: entry.createdAt.toISOString(),
  };
}

/** What `entryContextColumns` reads for a record made on an entry. */
type EntryContext = {
  entry: { id: string; version: number; stageId: string; stageName: string; stageKind: StageKind };
  job: { id: string; number: number; title: string; organizationId: string; organizationName: string };
  candidate: { id: string; firstName: string; lastName: string };
};

/** The entry, job and candidate of a record made on an entry (an interview, an offer), as `entryContextShape` answers them. */
export function presentEntryContext({ entry, job, candidate }: EntryContext) {
  return {
    entry: { id: entry.id, version: entry.version, stage: { id: entry.stageId, name: entry.stageName, kind: entry.stageKind } },
    job: { id: job.id, number: job.number, reference: jobReference(job.number), title: job.title, organization: { id: job.organizationId, name: job.organizationName } },
    candidate: { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}` },
  };
}
