/**
 * One Ajv instance per process, with each kind's schema compiled once, on first use of that kind.
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

/**
 * The validator of each kind, compiled on first use of that kind: a process (a batch worker,
 * one `gongwen render`) pays ajv's compilation only for the kinds it meets, not all of them.
 */
export function kindValidators(): Record<Kind, ValidateFunction> {
  if (validators) return validators;
  let ajv: Ajv2020 | undefined;
  let kinds: Record<Kind, object> | undefined;
  const compiler = (): { ajv: Ajv2020; kinds: Record<Kind, object> } => {
    if (!ajv || !kinds) {
      const set = loadSchemaSet();
      kinds = set.kinds;
      ajv = new Ajv2020({
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
      ajv.addSchema(set.envelope);
    }
    return { ajv, kinds };
  };
  const lazy = {} as Record<Kind, ValidateFunction>;
  for (const kind of KINDS) {
    let compiled: ValidateFunction | undefined;
    Object.defineProperty(lazy, kind, {
      enumerable: true,
      get(): ValidateFunction {
        if (!compiled) {
          const { ajv: instance, kinds: schemas } = compiler();
          compiled = instance.compile(schemas[kind]);
        }
        return compiled;
      },
    });
  }
  validators = lazy;
  return lazy;
}
