import type { CsvColumn } from '../../platform/csv';
import type { EmployeeSummaryRow } from './queries';

/** The columns of the employees export. */
export const EMPLOYEE_CSV_COLUMNS: CsvColumn<EmployeeSummaryRow>[] = [
  { header: 'number', value: (row) => row.employee.number },
  { header: 'name', value: (row) => row.candidateName },
  { header: 'status', value: (row) => row.employee.status },
  { header: 'hired_on', value: (row) => row.employee.hiredOn },
  { header: 'terminated_on', value: (row) => row.employee.terminatedOn },
  { header: 'termination_reason', value: (row) => row.employee.terminationReason },
  { header: 'worker_type', value: (row) => row.employee.workerType },
  { header: 'pay_frequency', value: (row) => row.employee.payFrequency },
  { header: 'candidate_id', value: (row) => row.employee.candidateId },
  { header: 'id', value: (row) => row.employee.id },
];
