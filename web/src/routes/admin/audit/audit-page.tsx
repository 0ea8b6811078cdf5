import { ActionIcon, Anchor, Autocomplete, Badge, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronRight } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useCursorList } from '../../../api/pages';
import type { AuditEvent } from '../../../api/types';
import { useFormat } from '../../../components/format';
import { JsonView } from '../../../components/json-view';
import { ListTable } from '../../../components/list-table';
import { Empty, PageHeader } from '../../../components/page';

const route = getRouteApi('/app/admin/audit');
const KNOWN_ENTITIES = ['user', 'api_key', 'setting', 'template', 'list_item', 'agency'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type AuditFilters = { entity?: string; entityId?: string };

const fetchAudit = (filters: AuditFilters, cursor: string | undefined) => unwrap(api.GET('/api/audit-events', { params: { query: { ...filters, cursor, limit: 50 } } }));

/** The audit log: who changed what, newest first; a row opens to the record before and after. */
export function AuditPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const format = useFormat();
  const [entity, setEntity] = useState(search.entity ?? '');
  const [entityId, setEntityId] = useState(search.entityId ?? '');
  const [debouncedEntity] = useDebouncedValue(entity.trim(), 300);
  const [debouncedId] = useDebouncedValue(entityId.trim(), 300);
  const debounced = { entity: debouncedEntity, entityId: debouncedId };
  const [expanded, setExpanded] = useState<string[]>([]);
  const isIdValid = debounced.entityId === '' || UUID.test(debounced.entityId);

  useEffect(() => {
    if (isIdValid) {
      void navigate({ search: { entity: debounced.entity || undefined, entityId: debounced.entityId || undefined }, replace: true });
    }
  }, [debounced.entity, debounced.entityId, isIdValid, navigate]);

  const filters: AuditFilters = { entity: search.entity, entityId: search.entityId };
  const list = useCursorList(['audit', filters], (cursor) => fetchAudit(filters, cursor));
  const toggle = (id: string) => setExpanded((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));
  const filterByRecord = (event: AuditEvent) => {
    setEntity(event.entity);
    setEntityId(event.entityId);
  };

  return (
    <Stack gap={0}>
      <PageHeader title="Audit log" description="Every change to users, keys, settings and templates: who made it and when. Open a row to see before and after." />
      <Group gap="xs" mb="sm" align="flex-start">
        <Autocomplete label="Entity" placeholder="Any entity" data={KNOWN_ENTITIES} value={entity} onChange={setEntity} w={200} />
        <TextInput
          label="Record id"
          placeholder="Any record"
          value={entityId}
          onChange={(event) => setEntityId(event.currentTarget.value)}
          error={isIdValid ? undefined : 'A record id looks like 0b8f…-…-…, 36 characters'}
          w={340}
        />
      </Group>
      <ListTable<AuditEvent>
        query={list}
            aria-label="Audit events"
            highlightOnHover
            rowExpansion={{
              allowMultiple: true,
              expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
              content: ({ record }) => (
                <SimpleGrid cols={{ base: 1, md: 2 }} p="md" spacing="md">
                  <JsonView label="Before" value={record.before} />
                  <JsonView label="After" value={record.after} />
                </SimpleGrid>
              ),
            }}
            columns={[
              {
                accessor: 'expand',
                title: '',
                width: 40,
                render: (event) => (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={expanded.includes(event.id) ? 'Hide changes' : 'Show changes'}
                    aria-expanded={expanded.includes(event.id)}
                    onClick={(click) => {
                      click.stopPropagation();
                      toggle(event.id);
                    }}
                  >
                    <IconChevronRight size={14} style={{ transform: expanded.includes(event.id) ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }} />
                  </ActionIcon>
                ),
              },
              { accessor: 'createdAt', title: 'Time', render: (event) => format.dateTime(event.createdAt) },
              {
                accessor: 'actorLabel',
                title: 'Actor',
                render: (event) => (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{event.actorLabel}</Text>
                    {event.actorType === 'user' ? null : (
                      <Badge size="xs" variant="outline" color="gray">
                        {event.actorType.replace('_', ' ')}
                      </Badge>
                    )}
                  </Group>
                ),
              },
              { accessor: 'entity', title: 'Entity' },
              { accessor: 'action', title: 'Action', render: (event) => <Text size="sm" fw={500}>{event.action}</Text> },
              {
                accessor: 'entityId',
                title: 'Record',
                render: (event) => (
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    ff="monospace"
                    title={`${event.entityId}: show only this record's changes`}
                    onClick={(click) => {
                      click.stopPropagation();
                      filterByRecord(event);
                    }}
                  >
                    …{event.entityId.slice(-8)}
                  </Anchor>
                ),
              },
            ]}
            emptyState={<Empty title="No changes recorded">Nothing matches these filters yet. Clear the entity or record id to see every change.</Empty>}
      />
    </Stack>
  );
}
