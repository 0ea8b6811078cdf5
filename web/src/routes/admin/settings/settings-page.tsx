import { Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { pickOption } from '../../../components/options';
import { Empty, ListSkeleton, LoadError, PageHeader } from '../../../components/page';
import { GeneralSettings } from './general-settings';
import { OptionListCard } from './option-list-card';
import { fetchLists, fetchTemplates, settingsKeys } from './queries';
import { StageTemplatePanel } from './stage-template-panel';
import { SETTINGS_TABS, type SettingsTab } from './tabs';
import { TemplateEditor } from './template-editor';

const route = getRouteApi('/app/admin/settings');

function OptionLists() {
  const lists = useQuery({ queryKey: settingsKeys.lists, queryFn: fetchLists });
  if (lists.isPending) {
    return <ListSkeleton rows={5} />;
  }
  if (lists.isError) {
    return <LoadError error={lists.error} onRetry={() => void lists.refetch()} />;
  }
  return (
    <Stack gap="md">
      {lists.data.data.map((list) => (
        <OptionListCard key={list.name} list={list} />
      ))}
    </Stack>
  );
}

function Templates() {
  const templates = useQuery({ queryKey: settingsKeys.templates, queryFn: fetchTemplates });
  if (templates.isPending) {
    return <ListSkeleton rows={5} />;
  }
  if (templates.isError) {
    return <LoadError error={templates.error} onRetry={() => void templates.refetch()} />;
  }
  if (templates.data.data.length === 0) {
    return <Empty title="No templates">Templates appear here when a feature sends mail or makes documents.</Empty>;
  }
  return (
    <Stack gap="md">
      {templates.data.data.map((template) => (
        <TemplateEditor key={`${template.key}:${template.customized}:${template.subject}:${template.body}`} template={template} />
      ))}
    </Stack>
  );
}

/** Admin → Settings: agency settings by area, the option lists, and the mail templates. */
export function SettingsPage() {
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const current: SettingsTab = tab ?? 'general';
  return (
    <Stack gap={0} maw={960}>
      <PageHeader title="Settings" description="How this agency works in Fillrate: calendar, money, options people pick from, and the wording of mail." />
      <Tabs value={current} onChange={(value) => void navigate({ search: { tab: pickOption(SETTINGS_TABS, value) } })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="general">General</Tabs.Tab>
          <Tabs.Tab value="lists">Option lists</Tabs.Tab>
          <Tabs.Tab value="templates">Templates</Tabs.Tab>
          <Tabs.Tab value="stages">Pipeline stages</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general">
          <GeneralSettings />
        </Tabs.Panel>
        <Tabs.Panel value="lists">
          <OptionLists />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <Templates />
        </Tabs.Panel>
        <Tabs.Panel value="stages">
          <StageTemplatePanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
