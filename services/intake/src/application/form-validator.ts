import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { LRUCache } from 'lru-cache';
import { RE2JS } from 're2js';
import { ValidationFailed, type FieldError } from '@deskstream/kernel';

/** A JSON pointer to the offending value: the instance path, plus the missing or extra property. */
function pointerOf(error: ErrorObject, prefix: string): string {
  const property =
    error.keyword === 'required'
      ? String(error.params.missingProperty)
      : error.keyword === 'additionalProperties'
        ? String(error.params.additionalProperty)
        : null;
  const escaped = property === null ? '' : `/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return `${prefix}${error.instancePath}${escaped}`;
}

export function schemaFieldErrors(errors: readonly ErrorObject[] | null | undefined, prefix: string): FieldError[] {
  return (errors ?? []).map((error) => ({
    field: pointerOf(error, prefix),
    message: error.keyword === 'enum' ? `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}` : (error.message ?? 'is invalid'),
  }));
}

/**
 * Patterns in tenant forms (`pattern`, `patternProperties`) run on RE2, whose matching time is linear
 * in the input: a tenant's `^(a+)+$` cannot stall the thread every tenant shares. A pattern RE2 does
 * not support (backreferences, lookaround) makes the form fail to compile, so it is refused when saved.
 */
const linearTimeRegExp = Object.assign((pattern: string) => RE2JS.compile(pattern), { code: 'RE2JS.compile' });

/** Request types whose compiled form is kept, and the most form text (characters) kept compiled at once. */
const MAX_FORMS = 1000;
const MAX_FORM_TEXT = 20_000_000;

interface CompiledForm {
  readonly version: number;
  readonly validate: ValidateFunction;
  readonly size: number;
}

/**
 * Validates submissions against request type forms (JSON Schema, with ajv-formats for email, date,
 * uri...). Forms are compiled in isolation (see `compile`), so one tenant's `$id` can neither clash with
 * nor be `$ref`'d by another tenant's form (a `$ref` outside the form does not resolve, and the form is
 * refused), and nothing of a replaced form stays behind. The compiled form of
 * each request type's current version is kept (compiling is the expensive part, and a version's form
 * never changes); a revision replaces it, and the least recently used go first beyond a bound on
 * their count and text, so heap stays flat however often and however large forms are revised.
 */
export class FormValidator {
  private readonly compiled = new LRUCache<string, CompiledForm>({ max: MAX_FORMS, maxSize: MAX_FORM_TEXT, sizeCalculation: (form) => form.size });

  /** A form a tenant admin gives must compile; otherwise the definition is refused naming `form`. */
  ensureCompiles(form: unknown): void {
    try {
      compile(form);
    } catch (error) {
      throw new ValidationFailed([{ field: 'form', message: `form is not a valid JSON Schema: ${(error as Error).message}` }]);
    }
  }

  /**
   * Every offending field as a JSON pointer under `prefix` (e.g. `/fields/email`); empty when valid.
   * `formKey` names the request type's form (tenant and type), `version` the version `form` is.
   */
  errors(formKey: string, version: number, form: unknown, value: unknown, prefix: string): FieldError[] {
    let compiled = this.compiled.get(formKey);
    if (compiled?.version !== version) {
      compiled = { version, validate: compile(form), size: Math.max(1, JSON.stringify(form).length) };
      this.compiled.set(formKey, compiled);
    }
    const { validate } = compiled;
    return validate(value) ? [] : schemaFieldErrors(validate.errors, prefix);
  }
}

/**
 * Each form compiles on an ajv instance of its own: ajv keeps what it generated for every schema it
 * compiled (its code scope) for the instance's life, so a shared instance would grow with every
 * revision of every tenant's form, and would let one form's `$id` be seen by another.
 */
function compile(form: unknown): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false, code: { regExp: linearTimeRegExp } });
  addFormats(ajv);
  return ajv.compile(form as object);
}
