/** Pipeline, submission, interview, offer and placement vocabulary shared by server and web (PRODUCT.md §3, §5, §6). */
import type { EmploymentType, StageKind } from './jobs';

/** Stage kinds a card cannot simply be dropped into: the matching record (and its dialog) makes the move. */
export const DIALOG_STAGE_KINDS = ['submitted', 'interview', 'offer', 'placed'] as const satisfies readonly StageKind[];
export type DialogStageKind = (typeof DIALOG_STAGE_KINDS)[number];
/** Stage kinds that end an entry and need a reason from the rejection reasons list. */
export const CLOSING_STAGE_KINDS = ['rejected', 'withdrawn'] as const satisfies readonly StageKind[];

export const PIPELINE_ADDED_FROM = ['job', 'candidate', 'search', 'pool', 'application', 'portal'] as const;
export type PipelineAddedFrom = (typeof PIPELINE_ADDED_FROM)[number];

/** Candidate fields a submission may share with the client; internal notes and pay never leave unless chosen. */
export const SUBMISSION_FIELDS = ['current_title', 'location', 'skills', 'work_history', 'education', 'availability', 'desired_pay', 'email', 'phone', 'profile_links'] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number];
export const SUBMISSION_STATUSES = ['submitted', 'withdrawn'] as const;
export const FEEDBACK_KINDS = ['interview', 'hold', 'reject', 'more_info'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_SOURCES = ['staff', 'portal'] as const;

export const INTERVIEW_TYPES = ['phone', 'video', 'onsite', 'panel'] as const;
export const INTERVIEW_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export const INTERVIEW_OUTCOMES = ['passed', 'failed', 'no_show', 'rescheduled_by_client', 'undecided'] as const;

export const OFFER_STATUSES = ['draft', 'extended', 'accepted', 'declined', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A placement's status mirrors its assignment's (PRODUCT.md §6). */
export const PLACEMENT_STATUSES = ['pending', 'active', 'closed', 'cancelled'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];
export const ASSIGNMENT_STATUSES = ['needs_approval', 'active', 'closed', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const EMPLOYEE_STATUSES = ['active', 'terminated'] as const;

export const START_OUTCOMES = ['on_time', 'late', 'no_show', 'withdrew'] as const;
export type StartOutcome = (typeof START_OUTCOMES)[number];

export const CHECKLIST_OWNER_ROLES = ['recruiter', 'account_manager', 'back_office'] as const;
export type ChecklistOwnerRole = (typeof CHECKLIST_OWNER_ROLES)[number];
/** What a handoff checklist item is about; some carry details (billing, shifts, milestones) edited on the placement. */
export const CHECKLIST_ITEM_KINDS = ['start_details_sent', 'documents_received', 'contract_signed', 'shifts_set', 'billing_set_up', 'retained_milestones', 'custom'] as const;
export type ChecklistItemKind = (typeof CHECKLIST_ITEM_KINDS)[number];

export const FOLLOW_UP_PARTIES = ['candidate', 'client'] as const;
export type FollowUpParty = (typeof FOLLOW_UP_PARTIES)[number];
export const ISSUE_SEVERITIES = ['low', 'medium', 'high'] as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type ShiftPattern = { days: (typeof WEEKDAYS)[number][]; startTime: string; endTime: string; location?: string };
export type RetainedMilestone = { name: string; feeMinor: number; dueOn?: string; reachedOn?: string };

/** Where a placement sits in the back office (B1). */
export const BACK_OFFICE_PLACES = ['hiring_management', 'assignments', 'employees'] as const;
export type BackOfficePlace = (typeof BACK_OFFICE_PLACES)[number];

/** Job types of the direct approval path (B8); the others take the temp/contract path (B6). */
export const DIRECT_PATH_TYPES = ['permanent', 'retained'] as const satisfies readonly EmploymentType[];
export const isDirectPath = (type: EmploymentType): boolean => (DIRECT_PATH_TYPES as readonly string[]).includes(type);
/** Types whose placement needs a start date up front (their fee is due from it). */
export const needsStartDate = isDirectPath;
/** Temporary and contract work carries shifts and timesheet expectations. */
export const hasShifts = (type: EmploymentType): boolean => !isDirectPath(type);

export const PIPELINE_LIMITS = { bulkIds: 200, reason: 500, note: 5000, shortlist: 20, attendees: 30 } as const;
