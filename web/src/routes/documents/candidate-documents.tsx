import { Badge, Button, Collapse, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileText, IconStar, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../src/shared/documents';
import { FileDropArea } from '../../components/file-drop-area';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { ListSkeleton, LoadError } from '../../components/page';
import { Section } from '../clients/client-ui';
import { type CandidateDocument, documentActions, documentKeys, fetchCandidateDocuments } from './queries';

const STATUS_LABELS = { pending: 'Reading text…', done: 'Text read', failed: 'Text unreadable' } as const;

type CandidateDocumentsProps = { candidateId: string };

/** The candidate's CVs (every version, the current one marked), cover letters and other files, with a drop zone. */
export function CandidateDocuments({ candidateId }: CandidateDocumentsProps) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<DocumentKind>('cv');
  const documents = useQuery({ queryKey: documentKeys.ofCandidate(candidateId), queryFn: () => fetchCandidateDocuments(candidateId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: documentKeys.ofCandidate(candidateId) });
  const upload = useMutation({
    mutationFn: (file: File) => documentActions.upload(candidateId, file, kind),
    onSuccess: (answer) => {
      notify.success(`${answer.data.fileName} uploaded`);
      void refresh();
    },
    onError: (error) => notify.error(error, 'Upload refused'),
  });

  const canUpload = documents.data?.abilities.upload ?? false;

  return (
    <Section title="Documents">
      <Stack gap="sm">
        {canUpload ? (
          <FileDropArea
            label="Upload a document"
            buttonLabel={`Upload ${DOCUMENT_KIND_LABELS[kind]}`}
            buttonIcon={<IconUpload size={14} />}
            isPending={upload.isPending}
            refusedTitle="Upload refused"
            onFile={(file) => upload.mutate(file)}
          >
            {(fileButton) => (
              <>
                <Group justify="space-between" wrap="wrap">
                  <SegmentedControl
                    size="xs"
                    aria-label="Document kind"
                    value={kind}
                    onChange={(value) => setKind(DOCUMENT_KINDS.find((k) => k === value) ?? 'cv')}
                    data={DOCUMENT_KINDS.map((value) => ({ value, label: DOCUMENT_KIND_LABELS[value] }))}
                  />
                  {fileButton}
                </Group>
                <Text size="xs" c="dimmed" mt="xs">
                  Drop a PDF, DOCX or text file here (up to 10 MiB).
                </Text>
              </>
            )}
          </FileDropArea>
        ) : null}
        {documents.isPending ? <ListSkeleton rows={1} /> : null}
        {documents.isError ? <LoadError error={documents.error} onRetry={() => void documents.refetch()} /> : null}
        {documents.isSuccess && documents.data.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            No documents yet.
          </Text>
        ) : null}
        {documents.isSuccess && documents.data.data.length > 0 ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Documents">
            {documents.data.data.map((document) => (
              <DocumentItem key={document.id} document={document} onChanged={() => void refresh()} />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Section>
  );
}

type DocumentItemProps = { document: CandidateDocument; onChanged: () => void };

function DocumentItem({ document, onChanged }: DocumentItemProps) {
  const format = useFormat();
  const [isTextOpen, setIsTextOpen] = useState(false);
  const makeCurrent = useMutation({ mutationFn: () => documentActions.makeCurrent(document.id), onSuccess: onChanged, onError: (error) => notify.error(error) });
  return (
    <li aria-label={document.fileName}>
      <Paper withBorder p="xs" radius="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Stack gap={2}>
            <Group gap="xs">
              <IconFileText size={16} />
              <Text size="sm" fw={500}>
                {document.fileName}
              </Text>
              <Badge size="sm" variant="light" color="gray" tt="none">
                {DOCUMENT_KIND_LABELS[document.kind]}
              </Badge>
              {document.isCurrentCv ? (
                <Badge size="sm" color="teal" tt="none" leftSection={<IconStar size={10} />}>
                  Current CV
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {format.dateTime(document.createdAt)}
              {document.uploadedBy ? ` · ${document.uploadedBy.name}` : ''} · {Math.max(1, Math.round(document.sizeBytes / 1024))} KB · {STATUS_LABELS[document.extractionStatus]}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {document.extractionStatus === 'done' ? (
              <Button size="compact-xs" variant="subtle" onClick={() => setIsTextOpen((open) => !open)} aria-expanded={isTextOpen}>
                {isTextOpen ? 'Hide text' : 'Show text'}
              </Button>
            ) : null}
            {document.abilities.makeCurrent ? (
              <Button size="compact-xs" variant="default" loading={makeCurrent.isPending} onClick={() => makeCurrent.mutate()}>
                Make current
              </Button>
            ) : null}
            <Button size="compact-xs" variant="default" component="a" href={document.downloadUrl} download={document.fileName} leftSection={<IconDownload size={12} />} aria-label={`Download ${document.fileName}`}>
              Download
            </Button>
          </Group>
        </Group>
        <Collapse expanded={isTextOpen}>
          <Text size="xs" mt="xs" style={{ whiteSpace: 'pre-wrap', maxHeight: 300, overflow: 'auto' }} aria-label={`Text of ${document.fileName}`}>
            {document.text}
          </Text>
        </Collapse>
      </Paper>
    </li>
  );
}
