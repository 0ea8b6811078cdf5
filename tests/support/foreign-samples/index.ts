import { activitiesSamples } from './activities';
import { assignmentsSamples } from './assignments';
import { candidatesSamples } from './candidates';
import { clientsSamples } from './clients';
import { documentsSamples } from './documents';
import { employeesSamples } from './employees';
import { foundationSamples } from './foundation';
import { interviewsSamples } from './interviews';
import { invoicesSamples } from './invoices';
import { jobsSamples } from './jobs';
import { offersSamples } from './offers';
import { pipelineSamples } from './pipeline';
import { placementsSamples } from './placements';
import { poolsSamples } from './pools';
import { savedViewsSamples } from './saved-views';
import { submissionsSamples } from './submissions';
import { timesheetsSamples } from './timesheets';
import type { ForeignSampleProvider } from './types';

/** One provider per module; the route sweep merges them. */
export const FOREIGN_SAMPLE_PROVIDERS: ForeignSampleProvider[] = [
  foundationSamples, clientsSamples, activitiesSamples, jobsSamples, candidatesSamples, savedViewsSamples, poolsSamples, documentsSamples, pipelineSamples, interviewsSamples, offersSamples, placementsSamples, submissionsSamples,
  employeesSamples,
  assignmentsSamples,
  timesheetsSamples,
  invoicesSamples,
];
