/** Case files: loading, validation against the kinds' JSON Schemas, and schema facts for other stages. */
export { loadCaseFile, listCaseFiles, type LoadOptions } from './loadCaseFile.ts';
export { parseCases, type ParseOptions } from './parseCases.ts';
export { validateCase } from './validateCase.ts';
export { kindSchemas, kindNames, isKind } from './kindSchemas.ts';
export { markdownFields } from './markdownFields.ts';
export { TEMPLATES_DIR, schemaFileOf } from './schemaFiles.ts';
export * from './types.ts';
