/**
 * One Ajv instance per process, with every kind's schema compiled once on first use.
 * allErrors: report every problem at once; verbose: keep the failing subschema (for titles);
 * useDefaults: fill the schema's `default`s into the validated data.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PERSON_NAME_KEYWORD } from './personFields.ts';
import { loadSchemaSet } from './schemaFiles.ts';
import { KINDS, type Kind } from './types.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let validators: Record<Kind, ValidateFunction> | undefined;

export function kindValidators(): Record<Kind, ValidateFunction> {
  if (validators) return validators;
  const { envelope, kinds } = loadSchemaSet();
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    useDefaults: true,
    // Strict, except that `required` may name properties declared in another allOf branch.
    strict: true,
    strictRequired: false,
  });
  addFormats(ajv);
  // Annotation only: marks the fields holding a person's name, for --mask-names (personFields.ts).
  ajv.addKeyword({ keyword: PERSON_NAME_KEYWORD, schemaType: 'string' });
  ajv.addSchema(envelope);
  const compiled = {} as Record<Kind, ValidateFunction>;
  for (const kind of KINDS) compiled[kind] = ajv.compile(kinds[kind]);
  validators = compiled;
  return compiled;
}
