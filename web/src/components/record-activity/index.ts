export { NextActionCard, type NextActionCardProps } from './next-action-card';
export { RecordActivityPanel, type RecordActivityPanelProps } from './record-activity-panel';
export { TaskFields, TaskFormDialog, type TaskValues, useTaskForm } from './task-form-dialog';
