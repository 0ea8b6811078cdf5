import { Chip, Group, Input, JsonInput, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Setting } from '../../../api/types';
import { pickOption } from '../../../components/options';
import { FollowUpsEditor } from './follow-ups-editor';
import { HandoffChecklistEditor } from './handoff-checklist-editor';
import { asChecklists, asFollowUps } from './handoff-values';
import { HolidaysEditor } from './holidays-editor';
import { type SettingErrors, WEEKDAYS, WEEKDAY_LABELS, asHolidays, asNumber, asString, asStringList, currencyOptions, describeValue, summarizeErrors, timeZoneOptions } from './values';

export type SettingControlProps = { setting: Setting; value: unknown; errors: SettingErrors; onChange: (value: unknown) => void };

/** Settings whose editor takes the row's whole width (its buttons go below it). */
export const isWideSetting = (key: string): boolean => key === 'placements.handoffChecklists' || key === 'placements.followUps';

const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const;

/** The control that fits a setting: known keys get their own, others are picked by the value's type. */
export function SettingControl({ setting, value, errors, onChange }: SettingControlProps) {
  const common = { label: setting.label, description: `Default: ${describeValue(setting.defaultValue)}`, error: summarizeErrors(errors) };
  switch (setting.key) {
    case 'agency.timeZone':
      return <Select {...common} searchable data={timeZoneOptions(asString(value))} value={asString(value)} onChange={(next) => onChange(next ?? '')} maxDropdownHeight={280} limit={80} w={320} />;
    case 'agency.weekStart':
      return (
        <Select
          {...common}
          data={WEEK_STARTS.map((day) => ({ value: day, label: WEEKDAY_LABELS[day] }))}
          value={asString(value)}
          onChange={(next) => onChange(pickOption(WEEK_STARTS, next) ?? value)}
          w={320}
        />
      );
    case 'agency.workingDays':
      return (
        <Input.Wrapper {...common}>
          <Chip.Group multiple value={asStringList(value)} onChange={(next) => onChange(WEEKDAYS.filter((day) => next.includes(day)))}>
            <Group gap={6} mt={6}>
              {WEEKDAYS.map((day) => (
                <Chip key={day} value={day} size="xs" variant="outline">
                  {WEEKDAY_LABELS[day]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
      );
    case 'agency.holidays':
      return <HolidaysEditor {...common} description="Days the agency is closed." value={asHolidays(value)} onChange={onChange} />;
    case 'placements.handoffChecklists':
      return (
        <HandoffChecklistEditor
          label={setting.label}
          description="The checklist each new placement starts with, by employment type; owners are taken from the placement's people, due dates counted from its start date."
          value={asChecklists(value)}
          error={errors.value}
          fieldErrors={errors.fields}
          onChange={onChange}
        />
      );
    case 'placements.followUps':
      return (
        <FollowUpsEditor
          label={setting.label}
          description="Check-ins scheduled on every placement once its start date is known."
          value={asFollowUps(value)}
          error={errors.value}
          fieldErrors={errors.fields}
          onChange={onChange}
        />
      );
    case 'agency.currency':
      return <Select {...common} searchable data={currencyOptions()} value={asString(value)} onChange={(next) => onChange(next ?? '')} limit={80} w={320} />;
    default:
      break;
  }
  if (typeof setting.defaultValue === 'number') {
    return <NumberInput {...common} value={asNumber(value)} onChange={(next) => onChange(typeof next === 'number' ? next : Number(next))} allowDecimal={false} w={320} />;
  }
  if (typeof setting.defaultValue === 'string') {
    return <TextInput {...common} value={asString(value)} onChange={(event) => onChange(event.currentTarget.value)} w={320} />;
  }
  return <JsonSetting {...common} value={value} onChange={onChange} />;
}

type JsonSettingProps = { label: string; description: string; error: string | null; value: unknown; onChange: (value: unknown) => void };

/** A setting of another shape, edited as JSON; the value changes only once the text parses. */
function JsonSetting({ value, onChange, ...common }: JsonSettingProps) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  function handleChange(next: string) {
    setText(next);
    try {
      const parsed: unknown = JSON.parse(next);
      onChange(parsed);
    } catch {
      // Half-typed JSON: keep the last value that parsed until this one does.
    }
  }
  return <JsonInput {...common} value={text} onChange={handleChange} validationError="Not valid JSON" autosize minRows={3} formatOnBlur />;
}
