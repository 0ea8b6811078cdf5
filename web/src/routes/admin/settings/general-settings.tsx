import { Button, Card, Divider, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { fieldErrors } from '../../../api/errors';
import { SESSION_KEY } from '../../../api/session';
import type { Setting } from '../../../api/types';
import { notify } from '../../../components/notify';
import { ListSkeleton, LoadError } from '../../../components/page';
import { fetchSettings, saveSetting, settingsKeys } from './queries';
import { SettingControl } from './setting-control';
import { sameValue } from './values';

function SettingRow({ setting }: { setting: Setting }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<unknown>(setting.value);
  const [error, setError] = useState<string | null>(null);
  const isDirty = !sameValue(draft, setting.value);
  const isDefault = sameValue(setting.value, setting.defaultValue);

  const save = useMutation({
    mutationFn: (value: unknown) => saveSetting(setting.key, value),
    onMutate: () => setError(null),
    onSuccess: async (answer) => {
      queryClient.setQueryData(settingsKeys.settings, (current: { data: Setting[] } | undefined) =>
        current ? { data: current.data.map((entry) => (entry.key === answer.data.key ? answer.data : entry)) } : current,
      );
      notify.success(`${setting.label} saved.`);
      if (setting.key.startsWith('agency.')) {
        // Dates on screen use the agency's time zone when the user has none of their own.
        await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      }
    },
    onError: (failure) => {
      const message = fieldErrors(failure).value;
      if (message) {
        setError(message);
        return;
      }
      notify.error(failure);
    },
  });

  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm" py="sm">
      <div style={{ flex: 1, minWidth: 280 }}>
        <SettingControl setting={setting} value={draft} error={error} onChange={setDraft} />
      </div>
      <Group gap="xs">
        {!isDefault && !isDirty ? (
          <Button variant="subtle" color="gray" size="xs" onClick={() => save.mutate(setting.defaultValue)} aria-label={`Use the default ${setting.label.toLowerCase()}`}>
            Use default
          </Button>
        ) : null}
        {isDirty ? (
          <Button variant="subtle" color="gray" size="xs" onClick={() => setDraft(setting.value)} disabled={save.isPending}>
            Undo
          </Button>
        ) : null}
        <Button size="xs" onClick={() => save.mutate(draft)} disabled={!isDirty} loading={save.isPending} aria-label={`Save ${setting.label.toLowerCase()}`}>
          Save
        </Button>
      </Group>
    </Group>
  );
}

/** Agency settings grouped by area, each saved on its own. */
export function GeneralSettings() {
  const settings = useQuery({ queryKey: settingsKeys.settings, queryFn: fetchSettings });
  if (settings.isPending) {
    return <ListSkeleton rows={5} />;
  }
  if (settings.isError) {
    return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  const areas = [...new Set(settings.data.data.map((setting) => setting.area))];
  return (
    <Stack gap="md">
      {areas.map((area) => {
        const inArea = settings.data.data.filter((setting) => setting.area === area);
        return (
          <Card key={area} withBorder radius="md" padding="lg">
            <Title order={2} size="h5" mb={4}>
              {area}
            </Title>
            {inArea.map((setting, index) => (
              <Fragment key={setting.key}>
                {index > 0 ? <Divider /> : null}
                <SettingRow key={JSON.stringify(setting.value)} setting={setting} />
              </Fragment>
            ))}
          </Card>
        );
      })}
    </Stack>
  );
}
