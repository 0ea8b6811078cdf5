import { Checkbox, Group, MultiSelect, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { INTERVIEW_TYPES } from '../../../../src/shared/pipeline';
import { teamQuery } from '../../api/team';
import { showFormErrors } from '../../components/form-errors';
import { dateIn, timeIn, zonedToInstant } from '../../components/record-activity/zoned-time';
import { timeZoneOptions } from '../admin/settings/values';
import { optionsOf } from '../jobs/labels';
import { fetchContactOptions, pickerKeys } from '../jobs/queries';
import { INTERVIEW_TYPE_LABELS, type InterviewType } from './labels';
import type { Interview, ScheduleInterviewBody } from './queries';

export type InterviewValues = {
  type: InterviewType;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  attendeeUserIds: string[];
  attendeeContactIds: string[];
  inviteCandidate: boolean;
  location: string;
  meetingUrl: string;
  notes: string;
};
export type InterviewForm = UseFormReturnType<InterviewValues>;
type InterviewFields = Omit<ScheduleInterviewBody, 'entryId'>;

const DAY_MS = 86_400_000;

/** A new interview: tomorrow 10:00–11:00 in the time zone given (the user's, else the agency's). */
export function newInterviewValues(timeZone: string, contactId: string | null, inviteCandidate: boolean): InterviewValues {
  return {
    type: 'video',
    date: dateIn(new Date(Date.now() + DAY_MS), timeZone),
    startTime: '10:00',
    endTime: '11:00',
    timeZone,
    attendeeUserIds: [],
    attendeeContactIds: contactId ? [contactId] : [],
    inviteCandidate,
    location: '',
    meetingUrl: '',
    notes: '',
  };
}

/** An interview's values as the form shows them: its times read in its own time zone. */
export function interviewValues(interview: Interview): InterviewValues {
  const starts = new Date(interview.startsAt);
  return {
    type: interview.type,
    date: dateIn(starts, interview.timeZone),
    startTime: timeIn(starts, interview.timeZone),
    endTime: timeIn(new Date(interview.endsAt), interview.timeZone),
    timeZone: interview.timeZone,
    attendeeUserIds: interview.attendees.users.map((user) => user.id),
    attendeeContactIds: interview.attendees.contacts.map((contact) => contact.id),
    inviteCandidate: interview.attendees.candidate,
    location: interview.location ?? '',
    meetingUrl: interview.meetingUrl ?? '',
    notes: interview.notes,
  };
}

/** What the API receives: start and end as instants of the wall-clock times in the chosen zone. */
export function interviewBody(values: InterviewValues): InterviewFields {
  return {
    type: values.type,
    startsAt: zonedToInstant(values.date, values.startTime, values.timeZone),
    endsAt: zonedToInstant(values.date, values.endTime, values.timeZone),
    timeZone: values.timeZone,
    attendeeUserIds: values.attendeeUserIds,
    attendeeContactIds: values.attendeeContactIds,
    inviteCandidate: values.inviteCandidate,
    location: values.location.trim() || null,
    meetingUrl: values.meetingUrl.trim() || null,
    notes: values.notes.trim(),
  };
}

export const validateInterview = {
  date: (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Choose the day'),
  startTime: (value: string) => (/^\d{2}:\d{2}$/.test(value) ? null : 'Choose the start time'),
  endTime: (value: string, values: InterviewValues) => (!/^\d{2}:\d{2}$/.test(value) ? 'Choose the end time' : value <= values.startTime ? 'Must be after the start' : null),
  timeZone: (value: string) => (value ? null : 'Choose the time zone'),
  meetingUrl: (value: string) => (value.trim() === '' || /^https?:\/\/\S+$/.test(value.trim()) ? null : 'A link starting with https://'),
};

/** The API's field names where the form names them differently (the instants are typed as a day and times). */
const FIELD_OF: Record<string, keyof InterviewValues> = { startsAt: 'startTime', endsAt: 'endTime' };

/** Puts the API's field errors under the interview form's fields; the rest goes to a notification. */
export const showInterviewErrors = (form: InterviewForm, error: unknown): void => showFormErrors(form, error, FIELD_OF);

type InterviewFieldsProps = {
  form: InterviewForm;
  organizationId: string;
  /** Why the candidate cannot be invited (do not contact, no email), if so. */
  candidateNote: string | null;
  candidateName: string;
  isCandidateInvitable: boolean;
};

/** Type, day and times with their time zone, who attends (colleagues, client contacts, the candidate), where, and notes. */
export function InterviewFormFields({ form, organizationId, candidateNote, candidateName, isCandidateInvitable }: InterviewFieldsProps) {
  const team = useQuery(teamQuery);
  const contacts = useQuery({ queryKey: pickerKeys.contacts(organizationId), queryFn: () => fetchContactOptions(organizationId) });
  const values = form.getValues();
  const people = (team.data?.data ?? []).map((member) => ({ value: member.id, label: member.name }));
  const contactOptions = (contacts.data?.data ?? []).map((contact) => ({ value: contact.id, label: `${contact.firstName} ${contact.lastName}`.trim() + (contact.emails[0] ? '' : ' (no email)') }));
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select label="Type" required data={optionsOf(INTERVIEW_TYPES, INTERVIEW_TYPE_LABELS)} allowDeselect={false} {...form.getInputProps('type')} />
        <Select label="Time zone" required searchable data={timeZoneOptions(values.timeZone)} limit={80} maxDropdownHeight={260} allowDeselect={false} description="The times below are in this zone" {...form.getInputProps('timeZone')} />
      </SimpleGrid>
      <Group grow align="flex-start">
        <TextInput type="date" label="Day" required {...form.getInputProps('date')} />
        <TextInput type="time" label="Starts" required {...form.getInputProps('startTime')} />
        <TextInput type="time" label="Ends" required {...form.getInputProps('endTime')} />
      </Group>
      <MultiSelect label="Colleagues attending" searchable data={people} placeholder="Recruiters, account managers…" nothingFoundMessage="Nobody by that name" {...form.getInputProps('attendeeUserIds')} />
      <MultiSelect label="Client contacts attending" searchable data={contactOptions} placeholder="Contacts of the client" nothingFoundMessage="No contact of this client matches" {...form.getInputProps('attendeeContactIds')} />
      <Checkbox
        label={`Invite ${candidateName}`}
        description={candidateNote ?? 'They receive the invitation with the calendar file'}
        disabled={!isCandidateInvitable}
        {...form.getInputProps('inviteCandidate', { type: 'checkbox' })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Location" placeholder="Address or room" maxLength={500} {...form.getInputProps('location')} />
        <TextInput label="Meeting link" placeholder="https://" {...form.getInputProps('meetingUrl')} />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} maxRows={6} placeholder="What the attendees should know" {...form.getInputProps('notes')} />
    </>
  );
}
