import { foundationSamples } from './foundation';
import type { ForeignSampleProvider } from './types';

/** One provider per module; the route sweep merges them. */
export const FOREIGN_SAMPLE_PROVIDERS: ForeignSampleProvider[] = [foundationSamples];
