import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { SortKey } from '@deskstream/readmodels';

const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/** A list filter that takes several values, comma-separated (`status=new,in-progress`): any of them matches. */
export function AnyOf(values?: readonly string[], description = 'One or more values, comma-separated'): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, type: 'string', ...(values ? { example: values.slice(0, 2).join(',') } : {}) }),
    IsOptional(),
    Transform(toList),
    IsArray(),
    ArrayMaxSize(50),
    ...(values ? [IsIn(values, { each: true })] : [IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(200, { each: true })]),
  );
}

/** `sort=priority,-updated`: fields of `fields` in order, `-` for descending. */
export function SortParam(fields: readonly string[], note?: string): PropertyDecorator {
  const pattern = new RegExp(`^-?(${fields.join('|')})(,-?(${fields.join('|')}))*$`);
  const description = `Sort keys, comma-separated, \`-\` for descending: ${fields.join(', ')}`;
  return applyDecorators(
    ApiPropertyOptional({ description: note ? `${description}. ${note}` : description, example: `-${fields[0]}` }),
    IsOptional(),
    IsString(),
    Matches(pattern, { message: `sort must be keys of ${fields.join(', ')}, comma-separated, each optionally with a leading -` }),
  );
}

/** `count=true` asks for the list's `total` besides the page (it costs a count). */
export function CountParam(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'With true, the answer carries the total number of matching items', type: 'boolean' }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean(),
  );
}

/** A `sort` parameter as store sort keys, each API name mapped to its document field. */
export function sortKeys(sort: string | undefined, fields: Readonly<Record<string, string>>, fallback: readonly SortKey[]): readonly SortKey[] {
  if (!sort) return fallback;
  return sort.split(',').map((key) => {
    const descending = key.startsWith('-');
    return { field: fields[descending ? key.slice(1) : key]!, direction: descending ? 'desc' : 'asc' } as const;
  });
}
