import { type RefObject, useEffect } from 'react';

/** Whether a key press belongs to a field the person is typing in (a `/` there is just a slash). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * `/` focuses this search box (UI.md) unless the person is typing in a field. A page's own list search (`scope`
 * 'page') wins over the header's global search: it listens in the capture phase and marks the key handled.
 */
export function useSlashFocus(ref: RefObject<HTMLInputElement | null>, scope: 'page' | 'global' = 'page') {
  useEffect(() => {
    const capture = scope === 'page';
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
        return;
      }
      const input = ref.current;
      if (!input) {
        return;
      }
      event.preventDefault();
      input.focus();
      input.select();
    };
    window.addEventListener('keydown', handleKeyDown, { capture });
    return () => window.removeEventListener('keydown', handleKeyDown, { capture });
  }, [ref, scope]);
}
