import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';

type DaysInputProps = Omit<NumberInputProps, 'value' | 'onChange' | 'onBlur'> & { value: number; onChange: (value: number) => void };

/**
 * A whole number of days. The text is kept while it is half typed ("-", or empty), so a negative number can be typed;
 * the value changes only once it is a number (clamped to min and max on leaving), and leaving a half-typed field shows the value again.
 */
export function DaysInput({ value, onChange, ...props }: DaysInputProps) {
  const [text, setText] = useState<string | number>(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Changed from outside (undo, another row moved here): show the new value.
    setShown(value);
    setText(value);
  }
  function handleChange(next: string | number) {
    setText(next);
    if (typeof next === 'number' && Number.isInteger(next)) {
      setShown(next);
      onChange(next);
    }
  }
  return <NumberInput {...props} value={text} onChange={handleChange} onBlur={() => setText((current) => (typeof current === 'number' ? current : value))} allowDecimal={false} step={1} />;
}
