import { Code, Stack, Text } from '@mantine/core';

// Secrets never belong on screen, even if a record's snapshot carries them.
const SECRET_KEY = /password|hash|token|secret/i;

function redact(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(redact);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? '[hidden]' : redact(inner)]));
  }
  return value;
}

/** A labelled, pretty-printed JSON value (before/after snapshots in the audit log). */
export function JsonView({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          Nothing
        </Text>
      ) : (
        <Code block aria-label={label} style={{ maxHeight: 320, overflow: 'auto' }}>
          {JSON.stringify(redact(value), null, 2)}
        </Code>
      )}
    </Stack>
  );
}
