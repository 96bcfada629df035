import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * An example for every request body the controllers gave none: composed from the body's schema,
 * the properties it requires and those its DTO gave an example, with their examples, defaults or
 * first allowed value. So an example stays in step with its DTO, and a new DTO gets one without a
 * second place to maintain; a property without an example of its own shows its name.
 */
type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  example?: unknown;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  items?: Schema;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: unknown;
};
type MediaType = { schema?: Schema; example?: unknown; examples?: unknown };

const SAMPLE_INSTANT = '2026-11-23T09:30:00Z';

function exampleOf(schema: Schema | undefined, schemas: Record<string, Schema>, name: string, depth = 0): unknown {
  if (!schema || depth > 6) return undefined;
  if (schema.$ref) return exampleOf(schemas[schema.$ref.split('/').at(-1)!], schemas, name, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.allOf?.length) return exampleOf(schema.allOf[0], schemas, name, depth + 1);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array': {
      const item = exampleOf(schema.items, schemas, name, depth + 1);
      return item === undefined ? [] : [item];
    }
    case 'string':
      return schema.format === 'date-time' ? SAMPLE_INSTANT : schema.format === 'date' ? SAMPLE_INSTANT.slice(0, 10) : name;
    default:
      return schema.properties ? objectExample(schema, schemas, depth) : {};
  }
}

function objectExample(schema: Schema, schemas: Record<string, Schema>, depth: number): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  const example: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(schema.properties ?? {})) {
    const resolved = value.$ref ? schemas[value.$ref.split('/').at(-1)!] : value;
    if (!required.has(property) && value.example === undefined && resolved?.example === undefined) continue;
    const sample = exampleOf(value, schemas, property, depth + 1);
    if (sample !== undefined) example[property] = sample;
  }
  return example;
}

export function addRequestBodyExamples(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, { requestBody?: { content?: Record<string, MediaType> } }>)) {
      for (const media of Object.values(operation?.requestBody?.content ?? {})) {
        if (media.example !== undefined || media.examples !== undefined) continue;
        const example = exampleOf(media.schema, schemas, 'value');
        if (example !== undefined) media.example = example;
      }
    }
  }
}
