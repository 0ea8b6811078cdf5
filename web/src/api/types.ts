import type { components } from './schema.gen';

/** The JSON body of a request or response object of the generated `paths`. */
export type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON request body of an operation: `JsonBody<paths['/api/x']['post']>`. */
export type JsonBody<T> = T extends { requestBody?: infer R } ? JsonOf<NonNullable<R>> : never;
/** The JSON body of an operation's success answer (200, else 201): `Ok<paths['/api/x']['get']>`. */
export type Ok<T> = T extends { responses: { 200: infer R } } ? JsonOf<R> : T extends { responses: { 201: infer R } } ? JsonOf<R> : never;

/** Shorthand names for the API's schemas, in one place for every area (the areas' queries re-export theirs). */
type Schemas = components['schemas'];
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type Role = User['role'];
export type UserStatus = User['status'];
export type ApiKey = Schemas['ApiKey'];
export type AuditEvent = Schemas['AuditEvent'];
export type Mail = Schemas['Mail'];
export type BackgroundJob = Schemas['BackgroundJob'];
export type Setting = Schemas['Setting'];
export type OptionList = Schemas['OptionList'];
export type ListItem = Schemas['ListItem'];
export type Template = Schemas['Template'];
export type Invitation = Schemas['Invitation'];

// Clients
export type Organization = Schemas['Organization'];
export type OrganizationDetail = Schemas['OrganizationDetail'];
export type Address = Schemas['Address'];
export type Contact = Schemas['Contact'];
export type ContactDetail = Schemas['ContactDetail'];
export type Deal = Schemas['Deal'];
export type DealDetail = Schemas['DealDetail'];
export type DealBoardColumn = Schemas['DealBoardColumn'];
export type TeamMember = Schemas['TeamMember'];

// Job orders
export type Job = Schemas['Job'];
export type JobSummary = Schemas['JobSummary'];
export type Stage = Schemas['Stage'];
export type ApplicationForm = Schemas['ApplicationForm'];

// Activities and tasks
export type Activity = Schemas['Activity'];
export type Task = Schemas['Task'];
export type MyTasks = Schemas['MyTasks'];
export type TimelineItem = Schemas['TimelineItem'];

// Candidates
export type Candidate = Schemas['Candidate'];
export type CandidateSummary = Schemas['CandidateSummary'];
export type CandidateSearchHit = Schemas['CandidateSearchHit'];
export type SearchSnippet = Schemas['SearchSnippet'];
export type GlobalSearchHit = Schemas['GlobalSearchHit'];
export type CandidateDuplicate = Schemas['CandidateDuplicate'];
export type CandidateSourceEvent = Schemas['CandidateSourceEvent'];
export type CandidateFitNote = Schemas['CandidateFitNote'];
export type SavedView = Schemas['SavedView'];

// Talent pools
export type TalentPool = Schemas['TalentPool'];
export type TalentPoolAbilities = Schemas['TalentPoolAbilities'];

// Pipeline
export type PipelineEntry = Schemas['PipelineEntry'];
export type PipelineStage = Schemas['PipelineStage'];
export type PipelineCard = Schemas['PipelineCard'];
export type PipelineAbilities = Schemas['PipelineAbilities'];
export type PipelineEntryDetail = Schemas['PipelineEntryDetail'];
export type PipelineStageChange = Schemas['PipelineStageChange'];
export type CandidatePipelineEntry = Schemas['CandidatePipelineEntry'];
