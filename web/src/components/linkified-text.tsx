import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with its web addresses made into links; everything else stays text (no HTML is interpreted). */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ReactNode[] = text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <Anchor key={index} href={part} target={part.startsWith(window.location.origin) ? undefined : '_blank'} rel="noreferrer">
        {part}
      </Anchor>
    ) : (
      part
    ),
  );
  return <div className="mail-text">{parts}</div>;
}
