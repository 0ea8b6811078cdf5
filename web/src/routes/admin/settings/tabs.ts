/** The tabs of Admin → Settings, kept in the address (?tab=lists) so a tab can be linked to. */
export const SETTINGS_TABS = ['general', 'lists', 'templates', 'stages'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];
