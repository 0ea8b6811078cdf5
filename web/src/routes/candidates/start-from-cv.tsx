import { Group, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { FileDropArea } from '../../components/file-drop-area';
import { notify } from '../../components/notify';
import { type CvSuggestions, documentActions } from '../documents/queries';

type StartFromCvProps = { file: File | null; onRead: (file: File, suggestions: CvSuggestions) => void };

/** "Start from a CV": a drop area and a file button; the server reads the CV and the form is prefilled to confirm. */
export function StartFromCv({ file, onRead }: StartFromCvProps) {
  const read = useMutation({
    mutationFn: (chosen: File) => documentActions.suggestFromCv(chosen),
    onSuccess: (answer, chosen) => {
      onRead(chosen, answer.data);
      notify.success(`${chosen.name} was read: check the prefilled fields.`);
    },
    onError: (error) => notify.error(error, 'CV not read'),
  });
  return (
    <FileDropArea label="Start from a CV" buttonLabel="Choose a CV" buttonIcon={<IconFileText size={14} />} isPending={read.isPending} refusedTitle="CV not read" onFile={(chosen) => read.mutate(chosen)} mb="md">
      {(fileButton) => (
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text fw={500}>Start from a CV</Text>
            <Text size="xs" c="dimmed">
              {file
                ? `${file.name}: the name, emails, phones and skills found are filled in below. It is kept as the current CV once the candidate is created.`
                : 'Drop a PDF, DOCX or text CV here (up to 10 MiB) to fill in the name, emails, phones and skills it mentions.'}
            </Text>
          </div>
          {fileButton}
        </Group>
      )}
    </FileDropArea>
  );
}
