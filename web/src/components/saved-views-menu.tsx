import { Button, Checkbox, Menu, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBookmark, IconChevronDown } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SavedViewList } from '../../../src/shared/saved-views';
import { api } from '../api/client';
import { expectNoContent, unwrap } from '../api/errors';
import type { SavedView } from '../api/types';
import { showFormErrors } from './form-errors';
import { FormDialog } from './form-dialog';
import { notify } from './notify';

type Filters = Record<string, string | string[]>;

const savedViewKeys = { list: (list: SavedViewList) => ['saved-views', list] as const };

/** A list's current filters as they are saved: set values only, numbers as text (the page parses its address anyway). */
export function filtersOf(search: Record<string, unknown>): Filters {
  return Object.fromEntries(
    Object.entries(search).flatMap(([key, value]): [string, string | string[]][] =>
      typeof value === 'string' || typeof value === 'number' ? [[key, String(value)]] : Array.isArray(value) ? [[key, value.map(String)]] : [],
    ),
  );
}

const sameFilters = (a: Filters, b: Filters) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

type SavedViewsMenuProps = { list: SavedViewList; current: Filters; onApply: (filters: Filters) => void };

/** "Saved views": the person's own and shared views of a list, applying one, saving the current filters under a name. */
export function SavedViewsMenu({ list, current, onApply }: SavedViewsMenuProps) {
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const views = useQuery({ queryKey: savedViewKeys.list(list), queryFn: () => unwrap(api.GET('/api/saved-views', { params: { query: { list } } })) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: savedViewKeys.list(list) });
  const applied = views.data?.data.find((view) => sameFilters(view.filters, current));
  const remove = useMutation({
    mutationFn: (view: SavedView) => expectNoContent(api.DELETE('/api/saved-views/{id}', { params: { path: { id: view.id } }, body: {} })),
    onSuccess: async (_answer, view) => {
      notify.success(`“${view.name}” was removed.`);
      await refresh();
    },
    onError: (error) => notify.error(error, 'Could not remove the view'),
  });

  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="sm" variant={applied ? 'light' : 'default'} leftSection={<IconBookmark size={15} />} rightSection={<IconChevronDown size={14} />}>
            {applied ? applied.name : 'Saved views'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.data?.data.length ? (
            views.data.data.map((view) => (
              <Menu.Item key={view.id} onClick={() => onApply(view.filters)}>
                {view.name}
                {view.mine ? '' : ` — shared by ${view.owner.name}`}
              </Menu.Item>
            ))
          ) : (
            <Menu.Label>No saved views yet</Menu.Label>
          )}
          <Menu.Divider />
          <Menu.Item onClick={() => setSaving(true)}>Save current view…</Menu.Item>
          {applied && (applied.mine || !applied.shared) ? (
            <Menu.Item color="red" onClick={() => remove.mutate(applied)}>
              Remove “{applied.name}”
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <SaveViewDialog opened={saving} list={list} filters={current} onClose={() => setSaving(false)} onSaved={refresh} />
    </>
  );
}

type SaveViewDialogProps = { opened: boolean; list: SavedViewList; filters: Filters; onClose: () => void; onSaved: () => Promise<unknown> };

function SaveViewDialog({ opened, list, filters, onClose, onSaved }: SaveViewDialogProps) {
  const form = useForm({ mode: 'uncontrolled', initialValues: { name: '', shared: false } });
  const save = useMutation({
    mutationFn: (values: { name: string; shared: boolean }) => unwrap(api.POST('/api/saved-views', { body: { list, filters, ...values } })),
    onSuccess: async (answer) => {
      notify.success(`“${answer.data.name}” was saved${answer.data.shared ? ' for everyone' : ''}.`);
      form.reset();
      onClose();
      await onSaved();
    },
    onError: (error) => showFormErrors(form, error),
  });
  return (
    <FormDialog opened={opened} onClose={onClose} title="Save current view" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save view" isPending={save.isPending}>
      <TextInput label="Name" required data-autofocus placeholder="e.g. Nights in Felixstowe" {...form.getInputProps('name')} />
      <Checkbox label="Share with the whole agency" {...form.getInputProps('shared', { type: 'checkbox' })} />
    </FormDialog>
  );
}
