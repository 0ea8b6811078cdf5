import { ActionIcon, Button, Checkbox, Group, Input, MultiSelect, NumberInput, Paper, Select, Stack, Switch, Table, TagsInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { APPLICATION_FIELDS, SCREENING_QUESTION_KINDS } from '../../../../src/shared/jobs';
import { pickOption } from '../../components/options';
import type { JobFormValues, QuestionValues } from './job-form-values';
import { APPLICATION_FIELD_LABELS, QUESTION_KIND_LABELS, optionsOf } from './labels';

type BuilderProps = { form: UseFormReturnType<JobFormValues> };

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Which fields applicants give (name and email always), each required or not. */
function AskedFields({ form }: BuilderProps) {
  const fields = form.getValues().applicationForm.fields;
  const asked = (field: (typeof APPLICATION_FIELDS)[number]) => fields.find((entry) => entry.field === field);
  function setAsked(field: (typeof APPLICATION_FIELDS)[number], isAsked: boolean) {
    const rest = fields.filter((entry) => entry.field !== field);
    form.setFieldValue('applicationForm.fields', isAsked ? [...rest, { field, required: false }] : rest);
  }
  function setRequired(field: (typeof APPLICATION_FIELDS)[number], required: boolean) {
    form.setFieldValue(
      'applicationForm.fields',
      fields.map((entry) => (entry.field === field ? { ...entry, required } : entry)),
    );
  }
  return (
    <Input.Wrapper label="Fields asked" description="Name and email are always asked." error={form.errors['applicationForm.fields']}>
      <Table withTableBorder verticalSpacing={4} mt={6} maw={460} aria-label="Application fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            <Table.Th w={80}>Asked</Table.Th>
            <Table.Th w={90}>Required</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {APPLICATION_FIELDS.map((field) => {
            const entry = asked(field);
            return (
              <Table.Tr key={field}>
                <Table.Td>{APPLICATION_FIELD_LABELS[field]}</Table.Td>
                <Table.Td>
                  <Checkbox aria-label={`Ask for ${APPLICATION_FIELD_LABELS[field]}`} checked={Boolean(entry)} onChange={(event) => setAsked(field, event.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>
                  <Switch aria-label={`${APPLICATION_FIELD_LABELS[field]} required`} checked={entry?.required ?? false} disabled={!entry} onChange={(event) => setRequired(field, event.currentTarget.checked)} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Input.Wrapper>
  );
}

function QuestionEditor({ form, index, question }: BuilderProps & { index: number; question: QuestionValues }) {
  const path = `applicationForm.questions.${index}`;
  const name = question.label.trim() || `question ${index + 1}`;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput label={`Question ${index + 1}`} required style={{ flex: 1 }} {...form.getInputProps(`${path}.label`)} />
          <Select
            label="Answer kind"
            data={optionsOf(SCREENING_QUESTION_KINDS, QUESTION_KIND_LABELS)}
            allowDeselect={false}
            w={150}
            {...form.getInputProps(`${path}.kind`)}
            onChange={(value) => {
              form.setFieldValue(`${path}.kind`, pickOption(SCREENING_QUESTION_KINDS, value) ?? question.kind);
              form.setFieldValue(`${path}.knockout`, []);
            }}
          />
          <ActionIcon mt={26} variant="subtle" color="red" aria-label={`Remove ${name}`} onClick={() => form.removeListItem('applicationForm.questions', index)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <Switch label="Answer required" {...form.getInputProps(`${path}.required`, { type: 'checkbox' })} />
        {question.kind === 'choice' ? (
          <TagsInput label="Options" description="Press Enter after each option." required {...form.getInputProps(`${path}.options`)} />
        ) : null}
        {question.kind === 'yes_no' ? <MultiSelect label="Knockout answers" description="An applicant giving one of these is ruled out." data={YES_NO} {...form.getInputProps(`${path}.knockout`)} /> : null}
        {question.kind === 'choice' ? (
          <MultiSelect label="Knockout answers" description="An applicant choosing one of these is ruled out." data={question.options} {...form.getInputProps(`${path}.knockout`)} />
        ) : null}
        {question.kind === 'number' ? <NumberInput label="Rule out answers below" w={200} {...form.getInputProps(`${path}.knockoutBelow`)} /> : null}
        {form.errors[`${path}.id`] ? (
          <Text size="xs" c="red">
            {form.errors[`${path}.id`]}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The application form of the job: fields asked and screening questions (with knockout answers). */
export function ApplicationFormBuilder({ form }: BuilderProps) {
  const questions = form.getValues().applicationForm.questions;
  function handleAdd() {
    const used = new Set(questions.map((question) => question.id));
    let number = questions.length + 1;
    while (used.has(`q${number}`)) {
      number += 1;
    }
    form.insertListItem('applicationForm.questions', { id: `q${number}`, kind: 'yes_no', label: '', required: true, options: [], knockout: [], knockoutBelow: '' } satisfies QuestionValues);
  }
  return (
    <Stack gap="sm">
      <AskedFields form={form} />
      <Input.Wrapper label="Screening questions" error={form.errors['applicationForm.questions']}>
        <Stack gap="xs" mt={6}>
          {questions.length === 0 ? (
            <Text size="sm" c="dimmed">
              No screening questions. Add one to ask applicants yes/no, a choice, a number or free text.
            </Text>
          ) : null}
          {questions.map((question, index) => (
            <QuestionEditor key={question.id} form={form} index={index} question={question} />
          ))}
          <Group>
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={handleAdd}>
              Add question
            </Button>
          </Group>
        </Stack>
      </Input.Wrapper>
    </Stack>
  );
}
