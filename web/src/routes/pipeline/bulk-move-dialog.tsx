import { Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BatchRefusalAlert, useBatchRefusal } from '../../components/batch-refusal-alert';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { planForKind } from './board-moves';
import { type BoardStage, type PipelineCard, pipelineActions, pipelineKeys, plural } from './queries';
import { ReasonSelect } from './reason-select';

export type BulkMode = 'move' | 'reject';
type Values = { stageId: string | null; reason: string | null };

type BulkMoveDialogProps = { opened: boolean; mode: BulkMode; entries: PipelineCard[]; stages: BoardStage[]; onClose: () => void; onDone: () => void };

const needsReasonFor = (stages: BoardStage[], stageId: string | null) => {
  const stage = stages.find((candidate) => candidate.id === stageId);
  return stage !== undefined && planForKind(stage.kind).type === 'reason';
};

/**
 * Moves the chosen entries to one stage in one call, all or nothing (POST /api/pipeline/move): the server refuses the
 * whole batch when one entry cannot move, naming each refused entry. Stages whose move needs a record (submitted,
 * interview, offer, placed) are left out: those records are made one entry at a time.
 */
export function BulkMoveDialog({ opened, mode, entries, stages, onClose, onDone }: BulkMoveDialogProps) {
  const queryClient = useQueryClient();
  const batch = useBatchRefusal();
  // A plain move or a reason move, from anywhere: the stage's kind decides (never a stage a record has to make).
  const choices = stages.filter((stage) => {
    const plan = planForKind(stage.kind).type;
    return mode === 'reject' ? plan === 'reason' : plan === 'move' || plan === 'reason';
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { stageId: mode === 'reject' ? (choices.find((stage) => stage.kind === 'rejected')?.id ?? null) : null, reason: null },
    validate: {
      stageId: (value) => (value ? null : 'Choose a stage'),
      reason: (value, values) => (needsReasonFor(stages, values.stageId) && !value ? 'Choose a reason' : null),
    },
  });
  const close = () => {
    form.reset();
    batch.clear();
    onClose();
  };
  const values = form.getValues();
  const target = stages.find((stage) => stage.id === values.stageId);
  const needsReason = needsReasonFor(stages, values.stageId);

  const save = useMutation({
    mutationFn: ({ stageId, reason }: Values) => pipelineActions.moveMany({ ids: entries.map((entry) => entry.entryId), options: { stageId: stageId ?? '', ...(needsReason && reason ? { reason } : {}) } }),
    onSuccess: async (answer) => {
      notify.success(`${plural(answer.data.length, 'candidate')} moved to ${target?.name ?? 'the stage'}.`);
      close();
      onDone();
      await queryClient.invalidateQueries({ queryKey: pipelineKeys.all });
    },
    onError: (error) => batch.handle(error, (other) => showFormErrors(form, other)),
  });

  const title = mode === 'reject' ? `Reject ${plural(entries.length, 'candidate')}` : `Move ${plural(entries.length, 'candidate')}`;
  return (
    <FormDialog opened={opened} onClose={close} title={title} onSubmit={form.onSubmit((submitted) => save.mutate(submitted))} submitLabel={mode === 'reject' ? 'Reject' : 'Move'} isPending={save.isPending}>
      <Text size="sm" c="dimmed">
        {entries.map((entry) => entry.name).join(', ')}. All move, or none does.
        {mode === 'move' ? ' Submitted, interview, offer and placed stages are reached by making the record on each entry.' : ''}
      </Text>
      {batch.refusal ? <BatchRefusalAlert title="Nobody was moved" refusal={batch.refusal} listLabel="Refused candidates" /> : null}
      <Select
        label="Stage"
        required
        data-autofocus
        placeholder="Choose a stage"
        data={choices.map((stage) => ({ value: stage.id, label: stage.name }))}
        value={values.stageId}
        onChange={(value) => form.setFieldValue('stageId', value)}
        error={form.errors.stageId}
      />
      {needsReason ? <ReasonSelect value={values.reason} onChange={(value) => form.setFieldValue('reason', value)} error={form.errors.reason} /> : null}
    </FormDialog>
  );
}
