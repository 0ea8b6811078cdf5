import { useWindowEvent } from '@mantine/hooks';
import { useRef, useState } from 'react';

const TYPING = 'input, textarea, select, [contenteditable="true"], [role="combobox"], [role="dialog"] *';

/**
 * UI.md's list keys: `j` / `k` move a highlighted row, `Enter` opens it as a click would. Keys typed into a field or
 * a dialog are left alone. The row is clicked for real, so opening works exactly as with the mouse.
 */
export function useListKeys(rowCount: number, enabled: boolean): { bodyRef: (body: HTMLTableSectionElement | null) => void; active: number } {
  const body = useRef<HTMLTableSectionElement | null>(null);
  const [active, setActive] = useState(-1);
  const rowAt = (index: number) => body.current?.querySelectorAll<HTMLTableRowElement>(':scope > tr')[index];

  useWindowEvent('keydown', (event) => {
    if (!enabled || rowCount === 0 || event.altKey || event.ctrlKey || event.metaKey || (event.target instanceof Element && event.target.closest(TYPING))) {
      return;
    }
    if (event.key === 'j' || event.key === 'k') {
      const next = event.key === 'j' ? Math.min(active + 1, rowCount - 1) : Math.max(active - 1, 0);
      setActive(next);
      rowAt(next)?.scrollIntoView({ block: 'nearest' });
      event.preventDefault();
    } else if (event.key === 'Enter' && active >= 0 && active < rowCount) {
      rowAt(active)?.click();
      event.preventDefault();
    }
  });
  const bodyRef = (element: HTMLTableSectionElement | null) => {
    body.current = element;
  };
  return { bodyRef, active: Math.min(active, rowCount - 1) };
}
