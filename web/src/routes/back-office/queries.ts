import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { Ok } from '../../api/types';

export type BackOfficeSummary = Ok<paths['/api/back-office/summary']['get']>['data'];
export type ListLink = BackOfficeSummary['assignmentsNeedingApproval']['link'];

export const backOfficeKeys = { summary: ['back-office', 'summary'] as const };

export const fetchBackOfficeSummary = () => unwrap(api.GET('/api/back-office/summary'));

/** A count's list as an address: its path and filters. */
export function hrefOf(link: ListLink): string {
  const query = new URLSearchParams(link.query).toString();
  return query ? `${link.path}?${query}` : link.path;
}
