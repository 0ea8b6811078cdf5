import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, type RelatedRecord } from '../api/errors';
import { AppAnchor } from './app-anchor';

/** A refused batch: the server's message and one entry per refused record (ARCHITECTURE.md's batch shape); `ApiError` is one. */
export type BatchRefusal = { message: string; related: readonly RelatedRecord[] };

/** The refusal of an all-or-nothing batch, if the error is one (it names the refused records); null for any other error. */
export const batchRefusalOf = (error: unknown): ApiError | null => (error instanceof ApiError && error.related.length > 0 ? error : null);

/** A dialog's refused batch: `handle` keeps a refusal to show (any other error goes to `otherwise`), `clear` forgets it. */
export function useBatchRefusal() {
  const [refusal, setRefusal] = useState<BatchRefusal | null>(null);
  return {
    refusal,
    clear: () => setRefusal(null),
    handle: (error: unknown, otherwise: (error: unknown) => void) => {
      const refused = batchRefusalOf(error);
      setRefusal(refused);
      if (!refused) {
        otherwise(error);
      }
    },
  };
}

/** What a refusal's blocking record links to: an invoice opens its page, other records theirs. */
function blockerPath(type: string, id: string): string | null {
  switch (type) {
    case 'invoice':
      return `/invoices/${id}`;
    case 'assignment':
      return `/assignments/${id}`;
    case 'placement':
      return `/placements/${id}`;
    case 'employee':
      return `/employees/${id}`;
    case 'candidate':
      return `/candidates/${id}`;
    default:
      return null;
  }
}

type BatchRefusalAlertProps = {
  /** What did not happen: "Nothing was changed". */
  title: string;
  refusal: BatchRefusal;
  /** The list's accessible name: "Refused assignments". */
  listLabel: string;
  /** A name for a refused record the server sent without a label (from the rows the user selected). */
  labelOf?: (id: string) => string | undefined;
};

/**
 * Why a batch was refused, and nothing done: the server's message, then each refused record with its label, the
 * rule that refuses it, why, and the record that blocks it (a link to it when it has a page).
 */
export function BatchRefusalAlert({ title, refusal, listLabel, labelOf }: BatchRefusalAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={title} role="alert">
      <Stack gap={4}>
        <Text size="sm">{refusal.message}</Text>
        <List size="sm" spacing={4} aria-label={listLabel}>
          {refusal.related.map((refused) => {
            const path = refused.blockedBy ? blockerPath(refused.blockedBy.type, refused.blockedBy.id) : null;
            return (
              <List.Item key={refused.id}>
                <Text span size="sm" fw={500}>
                  {refused.label || labelOf?.(refused.id) || refused.id}
                </Text>
                {refused.rule ? (
                  <>
                    {' '}
                    <Code>{refused.rule}</Code>
                  </>
                ) : null}
                {refused.reason ? `: ${refused.reason}` : ''}
                {refused.blockedBy ? (
                  <>
                    {' — blocked by '}
                    {path ? (
                      <AppAnchor href={path} size="sm">
                        {refused.blockedBy.label}
                      </AppAnchor>
                    ) : (
                      refused.blockedBy.label
                    )}
                  </>
                ) : null}
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Alert>
  );
}
