import { Badge, Button, Card, Code, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Template } from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { showFormErrors } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { previewTemplate, resetTemplate, saveTemplate, settingsKeys } from './queries';

type TemplateValues = { subject: string; body: string };
type Rendered = { subject: string; body: string };

/** Edits one template's wording; only the variables it lists can be used ({{name}}), the server refuses others. */
export function TemplateEditor({ template }: { template: Template }) {
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<Rendered | null>(null);
  const [isResetOpen, setIsResetOpen] = useState(false);
  const form = useForm<TemplateValues>({ mode: 'controlled', initialValues: { subject: template.subject, body: template.body } });
  const values = form.getValues();
  const isDirty = values.subject !== template.subject || values.body !== template.body;
  const refresh = () => queryClient.invalidateQueries({ queryKey: settingsKeys.templates });

  const save = useMutation({
    mutationFn: (next: TemplateValues) => saveTemplate(template.key, next),
    onSuccess: async () => {
      notify.success(`${template.label} saved.`);
      await refresh();
    },
    onError: (error) => showFormErrors(form, error),
  });
  const render = useMutation({
    mutationFn: (next: TemplateValues) => previewTemplate(template.key, next),
    onSuccess: (answer) => setPreview(answer.data),
    onError: (error) => {
      setPreview(null);
      showFormErrors(form, error);
    },
  });
  const reset = useMutation({
    mutationFn: () => resetTemplate(template.key),
    onSuccess: async () => {
      setIsResetOpen(false);
      setPreview(null);
      notify.success(`${template.label} is back to the default wording.`);
      await refresh();
    },
    onError: (error) => {
      setIsResetOpen(false);
      notify.error(error);
    },
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <form noValidate onSubmit={form.onSubmit((next) => save.mutate(next))} aria-label={template.label}>
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={3} size="h5">
              {template.label}
            </Title>
            <Badge variant="light" color={template.customized ? 'indigo' : 'gray'} radius="sm">
              {template.customized ? 'Customized' : 'Default wording'}
            </Badge>
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Variables you can use
            </Text>
            <Group gap={6}>
              {template.variables.map((name) => (
                <Code key={name}>{`{{${name}}}`}</Code>
              ))}
            </Group>
          </Stack>
          <TextInput label="Subject" required {...form.getInputProps('subject')} />
          <Textarea label="Body" required autosize minRows={6} maxRows={20} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }} {...form.getInputProps('body')} />
          <Group justify="space-between">
            <Group gap="xs">
              <Button type="submit" disabled={!isDirty} loading={save.isPending}>
                Save template
              </Button>
              <Button variant="default" onClick={() => render.mutate(form.getValues())} loading={render.isPending}>
                Preview
              </Button>
            </Group>
            {template.customized ? (
              <Button variant="subtle" color="gray" onClick={() => setIsResetOpen(true)}>
                Reset to default
              </Button>
            ) : null}
          </Group>
          {preview ? (
            <Paper withBorder p="md" radius="md" bg="var(--fillrate-subtle)" aria-label="Preview">
              <Stack gap="xs">
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  Preview with sample values
                </Text>
                <Text size="sm" fw={600}>
                  {preview.subject}
                </Text>
                <div className="mail-text">{preview.body}</div>
              </Stack>
            </Paper>
          ) : null}
        </Stack>
      </form>
      <ConfirmDialog
        opened={isResetOpen}
        title={`Reset ${template.label.toLowerCase()}?`}
        confirmLabel="Reset to default"
        isPending={reset.isPending}
        onConfirm={() => reset.mutate()}
        onClose={() => setIsResetOpen(false)}
      >
        The agency&apos;s wording is replaced by Fillrate&apos;s default subject and body. Mail already sent is not changed.
      </ConfirmDialog>
    </Card>
  );
}
