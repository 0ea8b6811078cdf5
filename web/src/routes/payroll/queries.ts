import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import type { Ok } from '../../api/types';

export type PayrollPreview = Ok<paths['/api/payroll/preview']['get']>['data'];
export type PayrollExport = Ok<paths['/api/payroll/exports']['get']>['data'][number];
export type Period = { periodFrom: string; periodTo: string };

export const payrollKeys = {
  all: ['payroll'] as const,
  preview: (period: Period) => ['payroll', 'preview', period] as const,
  exports: ['payroll', 'exports'] as const,
};

export const fetchPayrollPreview = async (period: Period) => (await unwrap(api.GET('/api/payroll/preview', { params: { query: period } }))).data;
export const fetchPayrollExports = (cursor: string | undefined) => unwrap(api.GET('/api/payroll/exports', { params: { query: { cursor, limit: 50 } } }));
export const createPayrollExport = (period: Period, reexport: boolean) => unwrap(api.POST('/api/payroll/exports', { body: { ...period, reexport } }));
export const payrollCsvUrl = (id: string) => `/api/payroll/exports/${id}/csv`;
