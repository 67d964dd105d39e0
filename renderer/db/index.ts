/**
 * The workspace database: the only code in the app that touches IndexedDB. Screens and
 * stores use these functions; every read is validated with the core schemas.
 */
export { openWorkspaceDb, closeWorkspaceDb, workspace } from './providers';
export type { DbProviders, Workspace } from './providers';
export { WORKSPACE_DB_NAME, WORKSPACE_DB_VERSION } from './schema';
export { WorkspaceDataError } from './read';
export { getJourney, listJourneys, saveJourney, listRevisions, getRevision, deleteJourney, restoreJourney } from './journeys';
export type { StoredJourney, JourneyRevision, JourneyRevisionInfo, DeletedJourney } from './journeys';
export { importJourneyText, exportJourneyText, fileSlug } from './journey-files';
export type { JourneyImportOutcome } from './journey-files';
export { listTemplates, listTemplateEntries, listTemplateRevisions, saveTemplate, saveTemplates, deleteTemplate } from './templates';
export type { StoredTemplate, TemplateEntry } from './templates';
export { awaitsSubmission, recordSubmission, mergeTemplateStatuses } from './template-review';
export type { SubmissionAnswer, StatusChange, StatusMerge } from './template-review';
export { listChannels, getChannel, saveChannel, deleteChannel } from './channels';
export { listAudiences, getAudience, getContactsPage, deleteAudience, removeInterruptedImports } from './audiences';
export type { AudienceSummary } from './audiences';
export { beginAudienceImport, appendContacts, finishAudienceImport, discardAudienceImport } from './audience-import';
export type { AudienceTotals } from './audience-import';
export { saveSimulationResult, listSimulationResults, getSimulationResult, saveRunReport, listRunReports, getRunReport } from './results';
export { SimulationSummary, RunReport } from './result-schema';
export type { SimulationRow, RunReportRow } from './rows';
export { exportWorkspace, restoreWorkspace, BACKUP_SUFFIX, BACKUP_MIME } from './backup';
export type { RestoreOutcome, RestoreFailure } from './backup';
export { seedWorkspace } from './seed';
export type { WorkspaceContent } from './seed';
export { getMeta, setMeta } from './meta';
export { useLiveQuery } from './live';
export type { LiveState } from './live';
