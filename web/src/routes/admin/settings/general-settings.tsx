import { Button, Card, Divider, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { SESSION_KEY } from '../../../api/session';
import type { Setting } from '../../../api/types';
import { notify } from '../../../components/notify';
import { ListSkeleton, LoadError } from '../../../components/page';
import { fetchSettings, saveSetting, settingsKeys } from './queries';
import { SettingControl, isWideSetting } from './setting-control';
import { NO_SETTING_ERRORS, type SettingErrors, sameValue, settingErrors } from './values';

function SettingRow({ setting }: { setting: Setting }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<unknown>(setting.value);
  const [saved, setSaved] = useState<unknown>(setting.value);
  const [errors, setErrors] = useState<SettingErrors>(NO_SETTING_ERRORS);
  if (!sameValue(saved, setting.value)) {
    // Saved here or changed elsewhere: the row starts again from the stored value (editors keep their place).
    setSaved(setting.value);
    setDraft(setting.value);
    setErrors(NO_SETTING_ERRORS);
  }
  const isDirty = !sameValue(draft, setting.value);
  const isDefault = sameValue(setting.value, setting.defaultValue);

  const save = useMutation({
    mutationFn: (value: unknown) => saveSetting(setting.key, value),
    onMutate: () => setErrors(NO_SETTING_ERRORS),
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
      const shown = settingErrors(failure);
      if (shown) {
        setErrors(shown);
        return;
      }
      notify.error(failure);
    },
  });

  function handleChange(next: unknown) {
    setDraft(next);
    // Errors name fields by position, which an edit may change.
    setErrors(NO_SETTING_ERRORS);
  }

  const isWide = isWideSetting(setting.key);
  return (
    <Group justify={isWide ? 'flex-end' : 'space-between'} align="flex-end" wrap="wrap" gap="sm" py="sm">
      <div style={isWide ? { flex: '1 1 100%', minWidth: 0 } : { flex: 1, minWidth: 280 }}>
        <SettingControl setting={setting} value={draft} errors={errors} onChange={handleChange} />
      </div>
      <Group gap="xs">
        {!isDefault && !isDirty ? (
          <Button variant="subtle" color="gray" size="xs" onClick={() => save.mutate(setting.defaultValue)} aria-label={`Use the default ${setting.label.toLowerCase()}`}>
            Use default
          </Button>
        ) : null}
        {isDirty ? (
          <Button variant="subtle" color="gray" size="xs" onClick={() => handleChange(setting.value)} disabled={save.isPending}>
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
                <SettingRow setting={setting} />
              </Fragment>
            ))}
          </Card>
        );
      })}
    </Stack>
  );
}
