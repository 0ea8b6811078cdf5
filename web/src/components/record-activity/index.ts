export { NextActionCard, type NextActionCardProps } from './next-action-card';
export { RecordActivityPanel, type RecordActivityPanelProps } from './record-activity-panel';
export { TaskFormDialog } from './task-form-dialog';
