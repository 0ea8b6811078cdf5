import { Button, FileButton, Paper } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { DOCUMENT_MAX_BYTES } from '../../../src/shared/documents';
import { notify } from './notify';

const ACCEPT = '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

type FileDropAreaProps = {
  /** The area's accessible name ("Upload a document"). */
  label: string;
  /** The file button's text and icon. */
  buttonLabel: ReactNode;
  buttonIcon: ReactNode;
  isPending: boolean;
  /** Heads a refusal notice ("Upload refused"). */
  refusedTitle: string;
  onFile: (file: File) => void;
  /** The area's content, given the file button to place. */
  children: (fileButton: ReactNode) => ReactNode;
  mb?: string;
};

/** A document drop area with a file button: one PDF, DOCX or text file of at most 10 MiB (the server checks again). */
export function FileDropArea({ label, buttonLabel, buttonIcon, isPending, refusedTitle, onFile, children, mb }: FileDropAreaProps) {
  const [isDragging, setIsDragging] = useState(false);
  const take = (file: File | null | undefined) => {
    if (!file) {
      return;
    }
    if (file.size > DOCUMENT_MAX_BYTES) {
      notify.error(new Error(`${file.name} is larger than 10 MiB`), refusedTitle);
      return;
    }
    onFile(file);
  };
  const button = (
    <FileButton onChange={take} accept={ACCEPT}>
      {(props) => (
        <Button {...props} size="xs" variant="light" leftSection={buttonIcon} loading={isPending}>
          {buttonLabel}
        </Button>
      )}
    </FileButton>
  );
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mb={mb}
      role="group"
      aria-label={label}
      style={{ borderStyle: 'dashed', background: isDragging ? 'var(--mantine-color-blue-light)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setIsDragging(true);
      }}
      onDragLeave={() => setIsDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setIsDragging(false);
        take(event.dataTransfer.files[0]);
      }}
    >
      {children(button)}
    </Paper>
  );
}
