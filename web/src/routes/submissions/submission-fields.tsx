import { Checkbox, Radio, Select, type SelectProps, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SUBMISSION_FIELDS, type SubmissionField } from '../../../../src/shared/pipeline';
import { pickOption } from '../../components/options';
import { fetchContactOptions, pickerKeys } from '../jobs/queries';
import { SUBMISSION_FIELD_LABELS } from './labels';

type SharedFieldsProps = { value: string[]; onChange: (value: SubmissionField[]) => void; error?: ReactNode; description?: string };

/** Which candidate fields go to the client: only these appear in the email (internal notes and pay stay unless ticked). */
export function SharedFieldsInput({ value, onChange, error, description }: SharedFieldsProps) {
  return (
    <Checkbox.Group
      label="Fields to share"
      description={description ?? 'Only the ticked fields appear in what the client receives'}
      value={value}
      onChange={(next) => onChange(next.flatMap((field) => pickOption(SUBMISSION_FIELDS, field) ?? []))}
      error={error}
    >
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} mt={6}>
        {SUBMISSION_FIELDS.map((field) => (
          <Checkbox key={field} value={field} label={SUBMISSION_FIELD_LABELS[field]} size="sm" />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** The full name of a contact as the pickers show it. */
const contactName = (contact: { firstName: string; lastName: string }) => `${contact.firstName} ${contact.lastName}`.trim();

type ClientContactSelectProps = Omit<SelectProps, 'data'> & { organizationId: string; hiringContactId: string | null };

/**
 * A contact of the job's client to send to, with the address it goes to; the job's hiring contact is marked.
 * Contacts without an email are listed but disabled: nothing could be sent to them.
 */
export function ClientContactSelect({ organizationId, hiringContactId, ...props }: ClientContactSelectProps) {
  const contacts = useQuery({ queryKey: pickerKeys.contacts(organizationId), queryFn: () => fetchContactOptions(organizationId) });
  const options = (contacts.data?.data ?? []).map((contact) => {
    const email = contact.emails[0];
    const role = contact.id === hiringContactId ? ' (hiring contact)' : '';
    return { value: contact.id, label: `${contactName(contact)}${role} — ${email ?? 'no email'}`, disabled: email === undefined };
  });
  return <Select searchable data={options} nothingFoundMessage={contacts.isPending ? 'Loading…' : 'No contact of this client matches'} {...props} />;
}

/** Send the submission from Fillrate, or record one made another way. */
export function SendChoice({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return (
    <Radio.Group label="How it reaches the client" value={value ? 'email' : 'record'} onChange={(next) => onChange(next === 'email')}>
      <Stack gap={6} mt={6}>
        <Radio value="email" label="Send by email" description="To the contact, with the CV attached" />
        <Radio value="record" label="Record only" description="It went another way (phone, the client's own system): nothing is emailed" />
      </Stack>
    </Radio.Group>
  );
}
