import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailed, type FieldError } from '@deskstream/kernel';

/** Constraints on what a value is; when one fails, the others (length, range) say nothing more. */
const TYPE_CONSTRAINTS = [
  'whitelistValidation',
  'isDefined',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isEnum',
  'isIn',
  'isIso8601',
  'isDateString',
  'isUuid',
];

/** The one message a failed field gets: "is required" when it is missing, else what it is not, else its first rule. */
function fieldMessage(error: ValidationError): string | undefined {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.length === 0) return undefined;
  if ((error.value === undefined || error.value === null) && !('whitelistValidation' in constraints)) return 'is required';
  const first = TYPE_CONSTRAINTS.find((name) => name in constraints) ?? names[0];
  return constraints[first];
}

/** One entry per failed field, with nested properties and array items as dotted paths (`items.0.name`). */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const message = fieldMessage(error);
    return [...(message === undefined ? [] : [{ field, message }]), ...fieldErrors(error.children ?? [], field)];
  });
}

/** Fields named in the detail line; the errors member lists them (capped too, by the problem filter). */
const MAX_NAMED_FIELDS = 20;

/**
 * The global pipe: DTOs are transformed, unknown fields are rejected, and a failure becomes the
 * kernel's ValidationFailed, which the problem filter answers with a 400 listing each field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      const names = [...new Set(fields.map((f) => f.field))];
      const listed = names.slice(0, MAX_NAMED_FIELDS).join(', ');
      const more = names.length > MAX_NAMED_FIELDS ? ` and ${names.length - MAX_NAMED_FIELDS} more` : '';
      return new ValidationFailed(fields, `The request has invalid fields: ${listed}${more}`);
    },
  });
}
