import { type SQL, and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type OfferTerms, offerRevisions, offers, users } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { entryContextColumns, joinEntryContext } from '../pipeline/queries';
import type { TListOffersQuery } from './schema';

export type OfferRow = typeof offers.$inferSelect;
export type OfferRevisionRow = typeof offerRevisions.$inferSelect;
export type OfferView = Awaited<ReturnType<typeof selectViews>>[number];

/** The terms an offer carries now, as a revision records them and the API shows them. */
export const offerTerms = (offer: OfferRow) => ({
  startOn: offer.startOn,
  payMinor: offer.payMinor,
  payUnit: offer.payUnit,
  billRateMinor: offer.billRateMinor,
  billRateUnit: offer.billRateUnit,
  feeType: offer.feeType,
  feeBp: offer.feeBp,
  feeFlatMinor: offer.feeFlatMinor,
  conditions: offer.conditions,
}) satisfies OfferTerms;

export const getOfferRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, offers, agencyId, id, 'Offer', options);

/** Offers with the entry's stage, the job and client, the candidate and who made the offer, newest first. */
function selectViews(tx: Executor, agencyId: string, where: SQL | undefined) {
  const query = tx
    .select({ offer: offers, ...entryContextColumns, creator: { id: users.id, name: users.name } })
    .from(offers)
    .$dynamic();
  return joinEntryContext(query, offers)
    .leftJoin(users, and(eq(users.agencyId, offers.agencyId), eq(users.id, offers.createdBy)))
    .where(and(eq(offers.agencyId, agencyId), where))
    .orderBy(desc(offers.createdAt), desc(offers.id));
}

/** One offer with every revision of its terms, newest first (404 for another agency's). */
export async function getOfferDetail(tx: Executor, agencyId: string, id: string) {
  const [view] = await selectViews(tx, agencyId, eq(offers.id, id));
  if (!view) {
    throw notFound('Offer');
  }
  const revisions = await tx
    .select()
    .from(offerRevisions)
    .where(and(eq(offerRevisions.agencyId, agencyId), eq(offerRevisions.offerId, id)))
    .orderBy(desc(offerRevisions.createdAt), desc(offerRevisions.id));
  return { ...view, revisions };
}
export type OfferDetail = Awaited<ReturnType<typeof getOfferDetail>>;

/** Offers of an entry, a job, a candidate or in a status, newest first. */
export async function listOffers(tx: Executor, agencyId: string, query: TListOffersQuery) {
  const where = and(
    query.entryId ? eq(offers.entryId, query.entryId) : undefined,
    query.jobId ? eq(offers.jobId, query.jobId) : undefined,
    query.candidateId ? eq(offers.candidateId, query.candidateId) : undefined,
    query.status ? eq(offers.status, query.status) : undefined,
    afterCursorDesc(offers.createdAt, offers.id, query.cursor),
  );
  const rows = await selectViews(tx, agencyId, where).limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.offer.createdAt.toISOString(), row.offer.id]);
}
