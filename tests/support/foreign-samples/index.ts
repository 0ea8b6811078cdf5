import { activitiesSamples } from './activities';
import { clientsSamples } from './clients';
import { foundationSamples } from './foundation';
import { jobsSamples } from './jobs';
import type { ForeignSampleProvider } from './types';

/** One provider per module; the route sweep merges them. */
export const FOREIGN_SAMPLE_PROVIDERS: ForeignSampleProvider[] = [foundationSamples, clientsSamples, activitiesSamples, jobsSamples];
