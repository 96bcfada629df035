/** An RFC 9457 problem+json answer of the API, with each offending field when it names them. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: readonly FieldError[],
    readonly body: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }

  /** Messages per field, with the API's JSON-pointer prefix (`/fields/`) taken off. */
  fieldMessages(prefix = '/fields/'): Record<string, string[]> {
    const messages: Record<string, string[]> = {};
    for (const error of this.errors) {
      const field = error.field.startsWith(prefix) ? error.field.slice(prefix.length) : error.field.replace(/^\//, '');
      (messages[field] ??= []).push(error.message);
    }
    return messages;
  }
}
