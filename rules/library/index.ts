/** The library review: variant grouping, the catalog-entry model, and the parity/sequence runner. */
export * from './types.ts';
export { templateName, sequenceName, groupVariants, groupSequences, stageOf } from './group.ts';
export { makeEntry, entryOptions, entryToData, reviveEntry, runLibrary, lintLibrary, libraryRuleList, type RunLibraryOptions } from './run.ts';
export { looksLikeReminder } from './reminder.ts';
