import type { CandidateRow, CvRow } from '../generator/candidates';
import { loadOpencatsCandidates, type OpencatsCandidate } from '../opencats/load';
import { createOpencatsDatabase, type OpencatsDb } from '../opencats/schema';

export type PeerLoad = { onCandidates(rows: CandidateRow[], cvs: CvRow[]): Promise<void>; finish(): Promise<{ db: OpencatsDb; rows: number; seconds: number }> };

/**
 * Loads the generator's candidates into the OpenCATS peer as they are made: each batch waits until MariaDB has taken
 * the previous one, so at most two batches are in memory whatever the scale.
 */
export async function startPeerLoad(): Promise<PeerLoad> {
  const db = await createOpencatsDatabase();
  const started = performance.now();
  const owners = new Map<string, number>();
  let nextId = 1;
  let handOver: ((batch: OpencatsCandidate[] | null) => void) | undefined;
  let taken: (() => void) | undefined;
  const batches = async function* () {
    for (;;) {
      const batch = await new Promise<OpencatsCandidate[] | null>((resolve) => {
        handOver = resolve;
        taken?.();
      });
      if (!batch) {
        return;
      }
      yield batch;
    }
  };
  const loading = loadOpencatsCandidates(db, batches());
  const ready = () => new Promise<void>((resolve) => (handOver ? resolve() : (taken = resolve)));
  const send = async (batch: OpencatsCandidate[] | null) => {
    await ready();
    const give = handOver;
    handOver = undefined;
    give?.(batch);
  };
  return {
    async onCandidates(rows, cvs) {
      const resumes = new Map(cvs.map((cv) => [cv.candidateId, cv.text]));
      await send(
        rows.map((row) => ({
          id: nextId++,
          firstName: row.firstName,
          middleName: '',
          lastName: row.lastName,
          phones: row.phones ?? [],
          emails: row.emails ?? [],
          keySkills: (row.skills ?? []).map((skill) => skill.name).join(', '),
          city: row.location ?? '',
          state: '',
          ownerId: owners.get(row.ownerId ?? '') ?? owners.set(row.ownerId ?? '', owners.size + 1).size,
          createdAt: row.createdAt,
          modifiedAt: row.updatedAt ?? row.createdAt,
          resumeText: resumes.get(row.id) ?? '',
        })),
      );
    },
    async finish() {
      await send(null);
      const rows = await loading;
      return { db, rows, seconds: (performance.now() - started) / 1000 };
    },
  };
}
