import { Badge, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { JobSummary } from './queries';

/** "At risk" with its reasons on hover and focus (and in the accessible name, for screen readers). */
export function AtRiskMarker({ health }: { health: JobSummary['health'] }) {
  if (!health.atRisk) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const reasons = health.atRiskReasons.map((reason) => reason.message).join('; ');
  return (
    <Tooltip label={reasons} multiline w={280} withArrow>
      <Badge color="orange" variant="outline" radius="sm" c="var(--mantine-color-text)" leftSection={<IconAlertTriangle size={12} color="var(--mantine-color-orange-8)" />} tabIndex={0} aria-label={`At risk: ${reasons}`}>
        At risk
      </Badge>
    </Tooltip>
  );
}
