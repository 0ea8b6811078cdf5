import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QUALIFICATION_CHECKS, type QualificationCheck } from '../../../../src/shared/jobs';
import { ApiError, isApiError } from '../../api/errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { QUALIFICATION_LABELS } from './labels';
import { type Job, type QualificationChecks, jobActions, jobKeys } from './queries';

type Answer = { answer: 'yes' | 'no' | null; note: string };
type Answers = Record<QualificationCheck, Answer>;
type QualificationPanelProps = { job: Job; canQualify: boolean; onReload: () => void };

/** One value per check, built without a cast: the four checks are named here as the API names them. */
function perCheck<T>(make: (check: QualificationCheck) => T): Record<QualificationCheck, T> {
  return { real: make('real'), fundable: make('fundable'), actionable: make('actionable'), specific: make('specific') };
}

const startingAnswers = (job: Job): Answers =>
  perCheck((check) => {
    const recorded = job.qualification?.checks[check];
    return { answer: recorded ? (recorded.answer ? 'yes' : 'no') : null, note: recorded?.note ?? '' };
  });

/** The recorded decision: each check's answer and note, who decided and when. */
function RecordedDecision({ job }: { job: Job }) {
  const format = useFormat();
  if (!job.qualification) {
    return null;
  }
  const { checks, decidedBy, decidedAt } = job.qualification;
  return (
    <Stack gap={6}>
      {QUALIFICATION_CHECKS.map((check) => (
        <Group key={check} gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="dot" color={checks[check].answer ? 'teal' : 'red'} radius="sm" w={56}>
            {checks[check].answer ? 'Yes' : 'No'}
          </Badge>
          <Text size="sm">
            <Text span fw={600}>
              {QUALIFICATION_LABELS[check].label}:
            </Text>{' '}
            {checks[check].note}
          </Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        Decided by {decidedBy} on {format.dateTime(decidedAt)}
      </Text>
    </Stack>
  );
}

/** Qualification: four checks (real, fundable, actionable, specific), each Yes or No with the note it rests on. All yes qualifies the job. */
export function QualificationPanel({ job, canQualify, onReload }: QualificationPanelProps) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Answers>(() => startingAnswers(job));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const isStale = staleMessage !== null;
  const isComplete = QUALIFICATION_CHECKS.every((check) => answers[check].answer !== null && answers[check].note.trim() !== '');
  const allYes = QUALIFICATION_CHECKS.every((check) => answers[check].answer === 'yes');

  const save = useMutation({
    mutationFn: () => {
      const checks: QualificationChecks = perCheck((check) => ({ answer: answers[check].answer === 'yes', note: answers[check].note.trim() }));
      return jobActions.qualify(job.id, { version: job.version, checks });
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(jobKeys.record(job.id), answer);
      void queryClient.invalidateQueries({ queryKey: jobKeys.all, refetchType: 'none' });
      notify.success(answer.data.status === 'qualified' ? `${answer.data.reference} is qualified.` : 'Qualification recorded; the job stays in intake.');
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        setStaleMessage(error.message);
        return;
      }
      if (error instanceof ApiError && error.fields.length > 0) {
        setErrors(Object.fromEntries(error.fields.map((field) => [field.path.replace(/^checks\./, ''), field.message])));
        return;
      }
      notify.error(error);
    },
  });
  const set = (check: QualificationCheck, change: Partial<Answer>) => setAnswers((current) => ({ ...current, [check]: { ...current[check], ...change } }));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Qualification">
      <Title order={2} size="h5" mb="sm">
        Qualification
      </Title>
      {!canQualify ? (
        job.qualification ? (
          <RecordedDecision job={job} />
        ) : (
          <Text size="sm" c="dimmed">
            Not qualified yet.
          </Text>
        )
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="sm">
            {isStale ? <StaleAlert message={staleMessage ?? ''} onReload={onReload} /> : null}
            {job.qualification ? <RecordedDecision job={job} /> : null}
            {QUALIFICATION_CHECKS.map((check) => (
              <Group key={check} align="flex-start" gap="md" wrap="nowrap">
                <Radio.Group
                  label={QUALIFICATION_LABELS[check].label}
                  description={QUALIFICATION_LABELS[check].question}
                  required
                  value={answers[check].answer}
                  onChange={(value) => set(check, { answer: value === 'yes' ? 'yes' : 'no' })}
                  w={260}
                  error={errors[`${check}.answer`]}
                >
                  <Group gap="md" mt={6}>
                    <Radio value="yes" label="Yes" />
                    <Radio value="no" label="No" />
                  </Group>
                </Radio.Group>
                <Textarea
                  label={`${QUALIFICATION_LABELS[check].label} note`}
                  description="What the answer rests on"
                  required
                  autosize
                  minRows={1}
                  style={{ flex: 1 }}
                  value={answers[check].note}
                  error={errors[`${check}.note`] ?? errors[check]}
                  onChange={(event) => set(check, { note: event.currentTarget.value })}
                />
              </Group>
            ))}
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {allYes ? 'All four yes: saving qualifies the job.' : 'The job is qualified only when all four are yes; otherwise it stays in intake.'}
              </Text>
              <Button type="submit" disabled={!isComplete || isStale} loading={save.isPending}>
                Record qualification
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
