import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
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
 * Validates submissions against request type forms (JSON Schema, with ajv-formats for email, date,
 * uri...). Compiled validators are kept per form version: compiling is the expensive part, and a
 * version's form never changes.
 */
export class FormValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    addFormats(this.ajv);
  }

  /** A form a tenant admin gives must compile; otherwise the definition is refused naming `form`. */
  ensureCompiles(form: unknown): void {
    try {
      this.ajv.compile(form as object);
    } catch (error) {
      throw new ValidationFailed([{ field: 'form', message: `form is not a valid JSON Schema: ${(error as Error).message}` }]);
    }
  }

  /** Every offending field as a JSON pointer under `prefix` (e.g. `/fields/email`); empty when valid. */
  errors(cacheKey: string, form: unknown, value: unknown, prefix: string): FieldError[] {
    let validate = this.compiled.get(cacheKey);
    if (!validate) {
      validate = this.ajv.compile(form as object);
      this.compiled.set(cacheKey, validate);
    }
    return validate(value) ? [] : schemaFieldErrors(validate.errors, prefix);
  }
}
