import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { candidateDocuments, candidates } from '../../src/db/schema';
import type { CandidateRow, CvRow } from '../generator/candidates';
import { loadOpencatsCandidates, type OpencatsCandidate } from '../opencats/load';
import { createOpencatsDatabase, markLoaded, type OpencatsDb } from '../opencats/schema';

export type PeerLoad = { onCandidates(rows: CandidateRow[], cvs: Pick<CvRow, 'candidateId' | 'text'>[]): Promise<void>; finish(): Promise<{ db: OpencatsDb; rows: number; seconds: number }> };

/**
 * Loads the generator's candidates into the OpenCATS peer as they are made: each batch waits until MariaDB has taken
 * the previous one, so at most two batches are in memory whatever the scale. `keepAs` keeps the database (schema.ts).
 */
export async function startPeerLoad(keepAs?: string): Promise<PeerLoad> {
  const db = await createOpencatsDatabase(keepAs);
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
      const load = { rows: await loading, seconds: (performance.now() - started) / 1000 };
      if (keepAs) {
        await markLoaded(db, load);
      }
      return { db, ...load };
    },
  };
}

/**
 * Loads the peer from the candidates already in a database (a kept one, reused without its peer): the same people,
 * read back in id order in batches, with their current CV's text.
 */
export async function feedPeerFromDatabase(peer: PeerLoad, db: Db, agencyId: string): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({ candidate: candidates, cv: candidateDocuments.text })
      .from(candidates)
      .leftJoin(
        candidateDocuments,
        and(eq(candidateDocuments.agencyId, candidates.agencyId), eq(candidateDocuments.candidateId, candidates.id), eq(candidateDocuments.isCurrentCv, true)),
      )
      .where(and(eq(candidates.agencyId, agencyId), isNull(candidates.mergedIntoId), gt(candidates.id, after)))
      .orderBy(asc(candidates.id))
      .limit(PEER_BATCH);
    if (rows.length === 0) {
      return;
    }
    await peer.onCandidates(
      rows.map((row) => row.candidate),
      rows.flatMap((row) => (row.cv ? [{ candidateId: row.candidate.id, text: row.cv }] : [])),
    );
    after = rows.at(-1)?.candidate.id ?? after;
  }
}

const PEER_BATCH = 10_000;
