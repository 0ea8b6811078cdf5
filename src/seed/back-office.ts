import { and, asc, eq, inArray } from 'drizzle-orm';
import { assignments, jobs, offers, pipelineEntries, placements } from '../db/schema';
import { approveAssignments } from '../modules/assignments/status-service';
import { hireEmployee } from '../modules/employees/lifecycle';
import { acceptOffer } from '../modules/offers/service';
import { ZPlaceBody } from '../modules/placements/schema';
import { placeCandidate, updatePlacement } from '../modules/placements/service';
import { type DemoContext, type DemoSeed, daysFrom, isoDate } from './context';
import { actorFor } from './pipeline';
import { seedInvoices } from './invoices';
import { seedTimesheets } from './timesheets';

/**
 * The back office at work on the pipeline's placements: two temp/contract placements onboarded (employee records
 * with their documents) and approved weeks ago, so their assignments run with timesheets behind them; the extended
 * permanent offer accepted, placed and approved on the direct path (B8: hired and terminated, closed). The other
 * pending placements stay in hiring management for B3.
 */
export async function seedBackOffice(context: DemoContext): Promise<string[]> {
  const { tx, agencyId, team, now } = context;
  const backOffice = await actorFor(context, team.backOffice, 'back_office');
  const recruiter = await actorFor(context, team.recruiter, 'recruiter');
  const accounts = await actorFor(context, team.accounts, 'account_manager');
  const today = isoDate(now);
  const pending = await tx
    .select({ placement: placements, jobTitle: jobs.title })
    .from(placements)
    .innerJoin(jobs, and(eq(jobs.agencyId, placements.agencyId), eq(jobs.id, placements.jobId)))
    .where(and(eq(placements.agencyId, agencyId), eq(placements.status, 'pending'), inArray(jobs.title, ['Warehouse team leader (nights)', 'Registered nurse, surgical ward'])))
    .orderBy(asc(placements.number));
  const running: string[] = [];
  for (const [index, { placement }] of pending.slice(0, 2).entries()) {
    const startOn = isoDate(daysFrom(now, -42 + index * 7));
    await updatePlacement({ actor: recruiter, tx, placementId: placement.id, version: placement.version, startOn });
    await hireEmployee(tx, backOffice, { candidateId: placement.candidateId, hiredOn: isoDate(daysFrom(new Date(startOn), -3)), workerType: 'paye', payFrequency: 'weekly' });
    const [assignment] = await tx.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.agencyId, agencyId), eq(assignments.placementId, placement.id)));
    if (assignment) {
      await approveAssignments({ actor: backOffice, tx, ids: [assignment.id], today: startOn }, { overrideEndDate: false });
      running.push(assignment.id);
    }
  }
  // The permanent payroll administrator offer, accepted and placed, approved on the direct path.
  const [offer] = await tx
    .select({ offer: offers, entryId: pipelineEntries.id })
    .from(offers)
    .innerJoin(pipelineEntries, and(eq(pipelineEntries.agencyId, offers.agencyId), eq(pipelineEntries.id, offers.entryId)))
    .where(and(eq(offers.agencyId, agencyId), eq(offers.status, 'extended')));
  if (offer) {
    await acceptOffer({ actor: accounts, tx, id: offer.offer.id, version: offer.offer.version });
    const startOn = isoDate(daysFrom(now, -3));
    const placement = await placeCandidate({ actor: recruiter, tx, ...ZPlaceBody.parse({ entryId: offer.entryId, offerId: offer.offer.id, startOn, firstYearSalaryMinor: offer.offer.payMinor }) });
    const [assignment] = await tx.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.agencyId, agencyId), eq(assignments.placementId, placement.id)));
    if (assignment) {
      await approveAssignments({ actor: backOffice, tx, ids: [assignment.id], today }, { overrideEndDate: false });
    }
  }
  return running;
}

export const seedBackOfficeArea: DemoSeed = async (context) => {
  const running = await seedBackOffice(context);
  await seedTimesheets(context, running);
  await seedInvoices(context);
};
