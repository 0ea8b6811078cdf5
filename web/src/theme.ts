import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Dense and calm: small controls, one accent colour, system fonts (no web-font download). */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button text and indigo links above 4.5:1 contrast (WCAG AA) in the light scheme.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace',
  headings: { fontWeight: '600' },
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm', allowDeselect: false } },
    Badge: { defaultProps: { size: 'sm' }, styles: { label: { textTransform: 'none', fontWeight: 500, letterSpacing: 0 } } },
    Modal: { defaultProps: { radius: 'md' } },
  },
});

/**
 * Mantine's defaults for secondary text and tinted badges fall under AA contrast on white; these keep them above 4.5:1
 * (the accessibility tests check it with axe).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const darkerTints = Object.fromEntries(
    Object.keys(resolved.colors).flatMap((name) => [
      [`--mantine-color-${name}-light-color`, `var(--mantine-color-${name}-9)`],
      [`--mantine-color-${name}-outline`, `var(--mantine-color-${name}-9)`],
    ]),
  );
  return {
    variables: {},
    light: { ...darkerTints, '--mantine-color-dimmed': '#60676f', '--mantine-color-anchor': 'var(--mantine-color-indigo-8)', '--fillrate-brand': 'var(--mantine-color-indigo-8)' },
    dark: { '--mantine-color-dimmed': '#a0a0a0', '--mantine-color-anchor': 'var(--mantine-color-indigo-3)', '--fillrate-brand': 'var(--mantine-color-indigo-3)' },
  };
};
