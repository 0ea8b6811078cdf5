import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormActions } from '../../../components/form-actions';
import { showFormErrors } from '../../../components/form-errors';
import { pickOption } from '../../../components/options';
import { type Scope, apiKeyKeys, createApiKey } from './queries';

const SCOPES: readonly Scope[] = ['read', 'write'];
type CreateValues = { name: string; scopes: Scope[] };
type CreatedKey = { name: string; key: string };

function ShowKeyOnce({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy the key now">
        This is the only time the key is shown. Fillrate keeps only a fingerprint of it; if it is lost, revoke it and create a new one.
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {created.name}
        </Text>
        <Code block aria-label="New API key" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {created.key}
        </Code>
      </Stack>
      <Group justify="space-between">
        <CopyButton value={created.key}>
          {({ copied, copy }) => (
            <Button variant="light" color={copied ? 'teal' : 'indigo'} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
              {copied ? 'Copied' : 'Copy key'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

type CreateApiKeyDialogProps = { opened: boolean; onClose: () => void };

/** Creates a key, then shows it once with a copy button. */
export function CreateApiKeyDialog({ opened, onClose }: CreateApiKeyDialogProps) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const form = useForm<CreateValues>({
    mode: 'controlled',
    initialValues: { name: '', scopes: ['read'] },
    validate: {
      name: (value) => (value.trim() === '' ? 'Name the integration that will use it' : null),
      scopes: (value) => (value.length === 0 ? 'Choose at least one scope' : null),
    },
  });
  const create = useMutation({
    mutationFn: (values: CreateValues) => createApiKey({ name: values.name.trim(), scopes: values.scopes }),
    onSuccess: async (answer) => {
      setCreated({ name: answer.data.name, key: answer.data.key });
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });
    },
    onError: (error) => showFormErrors(form, error),
  });

  function handleClose() {
    form.reset();
    setCreated(null);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={handleClose} title={created ? 'Your new API key' : 'Create API key'} centered closeOnClickOutside={!created}>
      {created ? (
        <ShowKeyOnce created={created} onDone={handleClose} />
      ) : (
        <form noValidate onSubmit={form.onSubmit((values) => create.mutate(values))}>
          <Stack gap="md">
            <TextInput label="Name" description="Which integration uses it, e.g. “Payroll export”." required data-autofocus {...form.getInputProps('name')} />
            <Checkbox.Group
              label="Scopes"
              description="Read lets it fetch records; write lets it change them."
              required
              {...form.getInputProps('scopes')}
              onChange={(values) => form.setFieldValue('scopes', values.flatMap((value) => pickOption(SCOPES, value) ?? []))}
            >
              <Group gap="lg" mt={6}>
                <Checkbox value="read" label="Read" />
                <Checkbox value="write" label="Write" />
              </Group>
            </Checkbox.Group>
            <FormActions submitLabel="Create key" isPending={create.isPending} onCancel={handleClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
