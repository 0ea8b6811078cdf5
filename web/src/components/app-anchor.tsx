import { Anchor, type AnchorProps } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';

type AppAnchorProps = AnchorProps & { href: string; children: ReactNode };

/**
 * A link to a page of the app given as an address (a path and its query, e.g. from the API): opens in the app
 * without reloading, and still works as a plain link (new tab, copy).
 */
export function AppAnchor({ href, children, ...props }: AppAnchorProps) {
  const router = useRouter();
  return (
    <Anchor
      {...props}
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        event.stopPropagation();
        router.history.push(href);
      }}
    >
      {children}
    </Anchor>
  );
}
