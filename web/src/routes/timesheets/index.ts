/** What the assignment page embeds: its timesheets and its expenses. */
export { AssignmentExpenses, type AssignmentExpensesProps } from './assignment-expenses';
export { AssignmentTimesheets, type AssignmentTimesheetsProps } from './assignment-timesheets';
