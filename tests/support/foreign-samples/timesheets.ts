import { assignmentInState, week } from '../../factories/timesheets';
import { type ForeignSampleProvider, route } from './types';

/** An assignment of the other agency with a week of time and an expense, for every timesheet and expense route that takes an id. */
export const timesheetsSamples: ForeignSampleProvider = async (t, theirs) => {
  const { assignment } = await assignmentInState(t, theirs);
  const weekStart = '2027-03-01';
  const days = week(weekStart, [[480], [480]]);
  const sheet = (await theirs.as.back_office.put(`/api/assignments/${assignment.id}/timesheets/${weekStart}`, { days, notes: '' })).body.data;
  const expenseBody = { spentOn: '2027-03-02', category: 'travel', amountMinor: 1000, currency: 'GBP', billable: false };
  const expense = (await theirs.as.back_office.post(`/api/assignments/${assignment.id}/expenses`, expenseBody)).body.data;
  const id = assignment.id;
  return {
    [route('GET', '/api/assignments/:id/timesheets')]: { id },
    [route('GET', '/api/assignments/:id/timesheets/:weekStart')]: { id, params: { id, weekStart } },
    [route('PUT', '/api/assignments/:id/timesheets/:weekStart')]: { id, params: { id, weekStart }, body: { version: sheet.version, days, notes: 'Hijacked' } },
    [route('GET', '/api/timesheets/:id')]: { id: sheet.id },
    [route('POST', '/api/timesheets/:id/submit')]: { id: sheet.id, body: { version: sheet.version } },
    [route('GET', '/api/assignments/:id/expenses')]: { id },
    [route('POST', '/api/assignments/:id/expenses')]: { id, body: expenseBody },
    [route('GET', '/api/expenses/:id')]: { id: expense.id },
    [route('PATCH', '/api/expenses/:id')]: { id: expense.id, body: { version: expense.version, amountMinor: 1 } },
    [route('POST', '/api/expenses/:id/submit')]: { id: expense.id, body: { version: expense.version } },
    [route('POST', '/api/expenses/:id/receipt')]: { id: expense.id, body: { version: String(expense.version) } },
    [route('GET', '/api/expenses/:id/receipt')]: { id: expense.id },
  };
};
