import { Button, FileButton, Group, Paper, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { DOCUMENT_MAX_BYTES } from '../../../../src/shared/documents';
import { notify } from '../../components/notify';
import { type CvSuggestions, documentActions } from '../documents/queries';

const ACCEPT = '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

type StartFromCvProps = { file: File | null; onRead: (file: File, suggestions: CvSuggestions) => void };

/** "Start from a CV": a drop area and a file button; the server reads the CV and the form is prefilled to confirm. */
export function StartFromCv({ file, onRead }: StartFromCvProps) {
  const [isDragging, setIsDragging] = useState(false);
  const read = useMutation({
    mutationFn: (chosen: File) => documentActions.suggestFromCv(chosen),
    onSuccess: (answer, chosen) => {
      onRead(chosen, answer.data);
      notify.success(`${chosen.name} was read: check the prefilled fields.`);
    },
    onError: (error) => notify.error(error, 'CV not read'),
  });
  const handleFiles = (files: File[]) => {
    const [chosen] = files;
    if (!chosen) {
      return;
    }
    if (chosen.size > DOCUMENT_MAX_BYTES) {
      notify.error(new Error(`${chosen.name} is larger than 10 MiB`), 'CV not read');
      return;
    }
    read.mutate(chosen);
  };
  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragging(false);
    handleFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mb="md"
      role="group"
      aria-label="Start from a CV"
      style={{ borderStyle: 'dashed', background: isDragging ? 'var(--mantine-color-blue-light)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setIsDragging(true);
      }}
      onDragLeave={() => setIsDragging(false)}
      onDrop={handleDrop}
    >
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text fw={500}>Start from a CV</Text>
          <Text size="xs" c="dimmed">
            {file
              ? `${file.name}: the name, emails, phones and skills found are filled in below. It is kept as the current CV once the candidate is created.`
              : 'Drop a PDF, DOCX or text CV here (up to 10 MiB) to fill in the name, emails, phones and skills it mentions.'}
          </Text>
        </div>
        <FileButton onChange={(chosen) => handleFiles(chosen ? [chosen] : [])} accept={ACCEPT}>
          {(props) => (
            <Button {...props} variant="light" size="xs" leftSection={<IconFileText size={14} />} loading={read.isPending}>
              Choose a CV
            </Button>
          )}
        </FileButton>
      </Group>
    </Paper>
  );
}
