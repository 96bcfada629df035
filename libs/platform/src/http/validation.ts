import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailed, type FieldError } from '@deskstream/kernel';

/** One entry per violated constraint, with nested properties and array items as dotted paths (`items.0.name`). */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
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
