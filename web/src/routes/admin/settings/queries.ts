import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export const settingsKeys = { settings: ['settings'] as const, lists: ['lists'] as const, templates: ['templates'] as const };

export const fetchSettings = () => unwrap(api.GET('/api/settings'));
export const saveSetting = (key: string, value: unknown) => unwrap(api.PUT('/api/settings/{key}', { params: { path: { key } }, body: { value } }));

export const fetchLists = () => unwrap(api.GET('/api/lists'));
export const addListItem = (list: string, body: { value: string; label: string }) => unwrap(api.POST('/api/lists/{list}/items', { params: { path: { list } }, body }));
export const updateListItem = (list: string, id: string, body: { version: number; label?: string; archived?: boolean; position?: number }) =>
  unwrap(api.PATCH('/api/lists/{list}/items/{id}', { params: { path: { list, id } }, body }));

export const fetchTemplates = () => unwrap(api.GET('/api/templates'));
export const saveTemplate = (key: string, body: { subject: string; body: string }) => unwrap(api.PUT('/api/templates/{key}', { params: { path: { key } }, body }));
export const previewTemplate = (key: string, body: { subject: string; body: string }) => unwrap(api.POST('/api/templates/{key}/preview', { params: { path: { key } }, body }));
export const resetTemplate = (key: string) => unwrap(api.DELETE('/api/templates/{key}', { params: { path: { key } }, body: {} }));
