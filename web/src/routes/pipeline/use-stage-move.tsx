import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, Suspense, useState } from 'react';
import type { DialogStageKind } from '../../../../src/shared/pipeline';
import { notify } from '../../components/notify';
import { type MovePlan, type StageRef, planMove, withCardMoved } from './board-moves';
import { type PipelineAbilities, type PipelineBoard, pipelineActions, pipelineKeys } from './queries';
import { ReasonDialog } from './reason-dialog';
import { STAGE_DIALOGS, STAGE_RECORD_LABELS } from './stage-dialogs';

/** What a move needs to know of an entry: which, at which version, who, and where it is now. */
export type MovableEntry = { entryId: string; version: number; candidateId: string; name: string; stageId: string };

/** A move waiting on a dialog: the reason for a rejected/withdrawn stage, or the record a submitted…placed stage needs. */
type Pending = { entry: MovableEntry; stage: StageRef; step: 'reason' } | { entry: MovableEntry; stage: StageRef | null; step: 'record'; kind: DialogStageKind };

type MoveVariables = { entry: MovableEntry; stage: StageRef; reason?: string };

const ABILITY_OF: Record<DialogStageKind, keyof PipelineAbilities> = { submitted: 'submit', interview: 'scheduleInterview', offer: 'makeOffer', placed: 'place' };

/** Whether the caller may create the record of this kind on the entry (the server's abilities say). */
export const canCreateRecord = (abilities: PipelineAbilities, kind: DialogStageKind): boolean => abilities[ABILITY_OF[kind]];

export type StageMove = {
  /** Moves an entry to a stage, or opens the dialog the move waits on. */
  request: (entry: MovableEntry, stage: StageRef) => void;
  /** Opens the record dialog of a kind for an entry, without a stage chosen (the entry drawer's buttons). */
  openRecord: (entry: MovableEntry, kind: DialogStageKind) => void;
  /** The move shown while its dialog is open (the card sits in the target stage; Cancel puts it back). */
  shown: { entryId: string; stageId: string } | null;
  /** The dialogs to render next to whatever asks for moves. */
  dialogs: ReactNode;
};

/**
 * Stage moves for a job's pipeline, the same from the board (drag, keyboard), the list and the entry drawer: plain moves
 * are shown at once and rolled back if the server refuses; moves that need a reason or a record wait on their dialog.
 */
export function useStageMove(jobId: string, abilities: PipelineAbilities | undefined): StageMove {
  const queryClient = useQueryClient();
  const boardKey = pipelineKeys.board(jobId);
  const [pending, setPending] = useState<Pending | null>(null);

  const move = useMutation({
    mutationFn: ({ entry, stage, reason }: MoveVariables) => pipelineActions.move(entry, stage.id, reason),
    onMutate: async ({ entry, stage }) => {
      await queryClient.cancelQueries({ queryKey: boardKey });
      const before = queryClient.getQueryData<PipelineBoard>(boardKey);
      if (before) {
        queryClient.setQueryData(boardKey, withCardMoved(before, entry.entryId, stage.id, new Date()));
      }
      return { before };
    },
    onSuccess: (answer, { entry, stage }) => {
      setPending(null);
      queryClient.setQueryData(pipelineKeys.entry(entry.entryId), answer);
      // The next move of the same card sends the version this one made, even before the board reloads.
      queryClient.setQueryData<PipelineBoard>(boardKey, (board) =>
        board ? { ...board, data: { ...board.data, cards: board.data.cards.map((card) => (card.entryId === entry.entryId ? { ...card, version: answer.data.version } : card)) } } : board,
      );
      notify.success(`${entry.name} moved to ${stage.name}.`);
    },
    onError: (error, { entry }, context) => {
      setPending(null);
      if (context?.before) {
        queryClient.setQueryData(boardKey, context.before);
      }
      notify.error(error, `${entry.name} did not move`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.all }),
  });

  function openRecordStep(entry: MovableEntry, stage: StageRef | null, kind: DialogStageKind) {
    const { record } = STAGE_RECORD_LABELS[kind];
    if (abilities && !canCreateRecord(abilities, kind)) {
      notify.info(`Your role may not create the ${record} that moves ${entry.name} ${stage ? `to ${stage.name}` : 'forward'}.`, 'Not moved');
      return;
    }
    if (!STAGE_DIALOGS[kind]) {
      notify.info(`${entry.name} moves ${stage ? `to ${stage.name}` : 'forward'} when a ${record} is created for them from their pipeline entry; that form is not available yet.`, 'Not moved');
      return;
    }
    setPending({ entry, stage, step: 'record', kind });
  }

  function request(entry: MovableEntry, stage: StageRef) {
    const plan: MovePlan = planMove(entry.stageId, stage);
    switch (plan.type) {
      case 'none':
        return;
      case 'move':
        move.mutate({ entry, stage });
        return;
      case 'reason':
        setPending({ entry, stage, step: 'reason' });
        return;
      case 'record':
        openRecordStep(entry, stage, plan.kind);
        return;
    }
  }

  const RecordDialog = pending?.step === 'record' ? STAGE_DIALOGS[pending.kind] : undefined;
  const dialogs = (
    <>
      <ReasonDialog
        key={pending ? `${pending.entry.entryId}:${pending.stage?.id ?? ''}` : 'none'}
        opened={pending?.step === 'reason'}
        name={pending?.entry.name ?? ''}
        stageName={pending?.stage?.name ?? ''}
        isPending={move.isPending}
        onSubmit={(reason) => (pending?.step === 'reason' ? move.mutate({ entry: pending.entry, stage: pending.stage, reason }) : undefined)}
        onClose={() => setPending(null)}
      />
      {pending && RecordDialog ? (
        <Suspense fallback={null}>
          <RecordDialog
            entry={{ entryId: pending.entry.entryId, candidateId: pending.entry.candidateId, jobId, name: pending.entry.name }}
            opened
            onClose={() => setPending(null)}
            onSaved={() => {
              setPending(null);
              // The record moved the entry (and may have changed the job: a placement fills an opening).
              void queryClient.invalidateQueries({ queryKey: pipelineKeys.all });
              void queryClient.invalidateQueries({ queryKey: ['jobs'] });
            }}
          />
        </Suspense>
      ) : null}
    </>
  );

  return {
    request,
    openRecord: (entry, kind) => openRecordStep(entry, null, kind),
    shown: pending?.stage ? { entryId: pending.entry.entryId, stageId: pending.stage.id } : null,
    dialogs,
  };
}
