import { Mark, Text, type TextProps } from '@mantine/core';
import type { SearchSnippet } from '../api/types';

type HighlightedTextProps = TextProps & { snippet: SearchSnippet };

/** A search snippet with its matched ranges marked; the text is rendered as text, never as HTML. */
export function HighlightedText({ snippet, ...props }: HighlightedTextProps) {
  const parts: { text: string; isMatch: boolean; at: number }[] = [];
  let at = 0;
  for (const range of snippet.highlights) {
    if (range.start > at) {
      parts.push({ text: snippet.text.slice(at, range.start), isMatch: false, at });
    }
    parts.push({ text: snippet.text.slice(range.start, range.end), isMatch: true, at: range.start });
    at = range.end;
  }
  if (at < snippet.text.length) {
    parts.push({ text: snippet.text.slice(at), isMatch: false, at });
  }
  return (
    <Text {...props}>
      {parts.map((part) =>
        part.isMatch ? (
          <Mark key={part.at} color="yellow">
            {part.text}
          </Mark>
        ) : (
          <span key={part.at}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
