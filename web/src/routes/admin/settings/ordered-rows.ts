import { useRef, useState } from 'react';

let lastKey = 0;
const newKey = () => {
  lastKey += 1;
  return `row-${lastKey}`;
};

export type RowAction = 'up' | 'down' | 'remove';

/** A copy of the list with the item at `index` moved one place up (-1) or down (1). */
export function moveAt<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) {
    next.splice(index + by, 0, moved);
  }
  return next;
}

/**
 * Rows of a list edited by position (add, remove, move up or down, change a field), with stable React keys so the
 * inputs keep their place, and focus kept on the row's buttons after a move or a removal, for the keyboard.
 */
export function useOrderedRows<T extends object>(items: readonly T[], onChange: (items: T[]) => void) {
  const [keys, setKeys] = useState<string[]>(() => items.map(newKey));
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement | null>(null);

  let current = keys;
  if (keys.length !== items.length) {
    // The list was replaced from outside (undo, use default): its rows are new.
    current = items.map(newKey);
    setKeys(current);
  }

  const focusLater = (target: () => HTMLButtonElement | null | undefined) => requestAnimationFrame(() => target()?.focus());

  return {
    keys: current,
    /** The row just added, whose first field takes the focus. */
    addedKey,
    add(item: T) {
      const key = newKey();
      setKeys([...current, key]);
      setAddedKey(key);
      onChange([...items, item]);
    },
    remove(index: number) {
      const next = current.filter((_, position) => position !== index);
      setKeys(next);
      onChange(items.filter((_, position) => position !== index));
      const neighbour = next[index] ?? next[index - 1];
      focusLater(() => (neighbour ? buttons.current.get(`${neighbour}:remove`) : addButton.current));
    },
    move(index: number, by: -1 | 1) {
      const key = current[index];
      setKeys(moveAt(current, index, by));
      onChange(moveAt(items, index, by));
      const isAtEdge = index + by === 0 || index + by === items.length - 1;
      // At the top or the bottom the same button is disabled: the other direction keeps the focus.
      focusLater(() => buttons.current.get(`${key}:${isAtEdge === (by === -1) ? 'down' : 'up'}`));
    },
    update(index: number, change: Partial<T>) {
      onChange(items.map((item, position) => (position === index ? { ...item, ...change } : item)));
    },
    /** Ref of a row's button, so focus can come back to it. */
    buttonRef: (key: string, action: RowAction) => (element: HTMLButtonElement | null) => {
      if (element) {
        buttons.current.set(`${key}:${action}`, element);
      } else {
        buttons.current.delete(`${key}:${action}`);
      }
    },
    addButton,
  };
}
