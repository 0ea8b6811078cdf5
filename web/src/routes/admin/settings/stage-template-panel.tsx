import { Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ListSkeleton, LoadError } from '../../../components/page';
import { StagesEditor } from '../../../components/stages-editor';
import { fetchStageTemplate, jobKeys, saveStageTemplate } from '../../jobs/queries';

/** Admin → Settings → Pipeline stages: the default stages copied to each new job order. */
export function StageTemplatePanel() {
  const queryClient = useQueryClient();
  const template = useQuery({ queryKey: jobKeys.template, queryFn: fetchStageTemplate });
  if (template.isPending) {
    return <ListSkeleton rows={8} />;
  }
  if (template.isError) {
    return <LoadError error={template.error} onRetry={() => void template.refetch()} />;
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Each new job order starts with these stages; jobs taken in before a change keep theirs. The kind gives every report one meaning whatever a stage is called.
      </Text>
      <StagesEditor
        key={template.dataUpdatedAt}
        stages={template.data.data}
        canEdit
        saveLabel="Save default stages"
        onSave={(stages) => saveStageTemplate(template.data.version, stages)}
        onSaved={() => void queryClient.invalidateQueries({ queryKey: jobKeys.template })}
      />
    </Stack>
  );
}
