import type { components } from './schema.gen';

/** Shorthand names for the API's schemas. */
type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type Role = User['role'];
export type UserStatus = User['status'];
export type ApiKey = Schemas['ApiKey'];
export type AuditEvent = Schemas['AuditEvent'];
export type Mail = Schemas['Mail'];
export type BackgroundJob = Schemas['BackgroundJob'];
export type Setting = Schemas['Setting'];
export type OptionList = Schemas['OptionList'];
export type ListItem = Schemas['ListItem'];
export type Template = Schemas['Template'];
export type Invitation = Schemas['Invitation'];
