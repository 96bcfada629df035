import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/**
 * Building blocks of the per-resource response schemas (docs/api-conventions.md, "Shapes"). Nullable
 * objects are written inline, typed `object` and `nullable`: OpenAPI 3.0 has no nullable `$ref`
 * that validators and client generators agree on.
 */
type Properties = Record<string, Record<string, unknown>>;

/** A link to another record: its id and the reference people quote (null while it is not known). */
export const RECORD_LINK_SCHEMA = {
  type: 'object',
  required: ['id', 'reference'],
  properties: { id: { type: 'string' }, reference: { type: 'string', nullable: true, example: 'INC0001001' } },
};

/**
 * An object property that is always there but may be null, declared inline with its properties (all
 * present when it is not null, but those named `optional`). `selfRequired` is how @nestjs/swagger
 * keeps the property required when its schema carries its own `required` list.
 */
export function ApiNullableObject(properties: Properties, description?: string, optional: readonly string[] = []): PropertyDecorator {
  return ApiProperty({
    type: 'object',
    nullable: true,
    properties,
    required: Object.keys(properties).filter((name) => !optional.includes(name)),
    selfRequired: true,
    ...(description ? { description } : {}),
  } as never);
}

/** A link to one other record, or null. */
export function ApiLink(description: string): PropertyDecorator {
  return ApiNullableObject(RECORD_LINK_SCHEMA.properties, description);
}

/** Links to other records. */
export function ApiLinks(description: string): PropertyDecorator {
  return ApiProperty({ type: 'array', items: RECORD_LINK_SCHEMA, description } as never);
}

/** An object property of any shape (settings-like values whose keys are data). */
export function ApiAnyObject(description?: string, nullable = false): PropertyDecorator {
  return ApiProperty({ type: 'object', additionalProperties: true, ...(nullable ? { nullable: true } : {}), ...(description ? { description } : {}) } as never);
}

/** The fields every record's detail carries, whatever its kind. */
export class RecordBaseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag, to send back as If-Match' }) revision!: number;
  @ApiProperty({ type: [String], description: 'The actions the caller may take now; none in a historical (as-of) view' }) allowedActions!: string[];
  @ApiPropertyOptional({ format: 'date-time', description: 'Only in a historical view: the instant it shows (also in Memento-Datetime)' }) asOf?: string;
}

/**
 * The 200 answer of a list: one page of `item`s, `nextCursor` for the next, `total` with
 * `count=true`, and any `extra` properties the list adds.
 */
export function ApiPageResponse(item: Type<unknown>, description?: string, extra: Properties = {}): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      ...(description ? { description } : {}),
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          nextCursor: { type: 'string', nullable: true, description: 'Pass it as `cursor` for the next page; null on the last' },
          total: { type: 'integer', description: 'Only with `count=true`' },
          ...extra,
        },
      },
    }),
  );
}
