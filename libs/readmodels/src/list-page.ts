import type { DocumentCollection, FieldCondition, FindOptions, Page, StoredDocument } from './document-store.port';

/** A condition matching any of several values (`status=new,assigned`): the value itself when there is one. */
export function anyOf(values: readonly string[]): FieldCondition {
  return values.length === 1 ? values[0]! : { $in: [...values] };
}

/** A page of a list and, when asked (`count=true`), the total of what its filter matches: what every list answers. */
export async function pageWithTotal<T extends StoredDocument>(
  collection: DocumentCollection<T>,
  tenantId: string,
  options: FindOptions,
  count: boolean | undefined,
): Promise<Page<T> & { readonly total?: number }> {
  const [page, total] = await Promise.all([collection.find(tenantId, options), count ? collection.count(tenantId, options.filter) : undefined]);
  return total === undefined ? page : { ...page, total };
}
