import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { MAX_APPROVERS } from './service-request.rules';
import { MAX_SHORT_TEXT_LENGTH, textErrors } from './text.rules';

/** What a catalog item needs before it is fulfilled: named approvers, the manager of the person it is for, both, or neither. */
export interface CatalogItem {
  readonly name: string;
  readonly approvers: readonly string[];
  readonly managerApproval: boolean;
}

/**
 * The tenant's service catalog, kept by its tenant admin: who approves what. An item it does not list
 * needs the approval of the manager of the person it is for (`manager`), or is refused (`refuse`).
 */
export interface ServiceCatalog {
  readonly items: readonly CatalogItem[];
  readonly unlisted: 'manager' | 'refuse';
}

export const UNLISTED_POLICIES = ['manager', 'refuse'] as const;
export const MAX_CATALOG_ITEMS = 500;

/** Until the tenant admin lists items, everything asked for waits for the manager's approval. */
export const DEFAULT_SERVICE_CATALOG: ServiceCatalog = { items: [], unlisted: 'manager' };

/** Applies a change to the catalog, refusing duplicate or empty names and over-long approver lists. */
export function changeServiceCatalog(current: ServiceCatalog, change: Partial<ServiceCatalog>): ServiceCatalog {
  const next: ServiceCatalog = { ...current, ...change };
  const errors: FieldError[] = [];
  if (!UNLISTED_POLICIES.includes(next.unlisted)) errors.push({ field: 'unlisted', message: `must be one of ${UNLISTED_POLICIES.join(', ')}` });
  if (next.items.length > MAX_CATALOG_ITEMS) errors.push({ field: 'items', message: `at most ${MAX_CATALOG_ITEMS} items` });
  const seen = new Set<string>();
  next.items.forEach((given, i) => {
    // The edge validates items as objects, but not an array nested in the list: that is no item either.
    const item: Partial<CatalogItem> = given !== null && typeof given === 'object' && !Array.isArray(given) ? given : {};
    errors.push(...textErrors(`items[${i}].name`, item.name, MAX_SHORT_TEXT_LENGTH, true));
    if (typeof item.name !== 'string') return;
    if (seen.has(keyOf(item.name))) errors.push({ field: `items[${i}].name`, message: `${item.name} is listed twice` });
    seen.add(keyOf(item.name));
    const approvers = Array.isArray(item.approvers) ? item.approvers : [];
    if (approvers.length > MAX_APPROVERS) errors.push({ field: `items[${i}].approvers`, message: `at most ${MAX_APPROVERS} approvers` });
    approvers.forEach((approver, j) => errors.push(...textErrors(`items[${i}].approvers[${j}]`, approver, MAX_SHORT_TEXT_LENGTH, true)));
  });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return next;
}

/** Who is asked, and for what: the request being raised and what the directory knows of its people. */
export interface ApprovalQuestion {
  readonly catalogItem: string;
  readonly requestedFor: string;
  readonly requestedBy: string;
  /** The manager of the person it is for, as the directory knows them; null when it names none. */
  readonly manager: string | null;
  /** People the desk adds for this one request (never a requester's to choose). */
  readonly extraApprovers?: readonly string[];
}

/**
 * The approvers a request waits for, from its catalog item, never from the requester. A raised request
 * is refused (naming `catalogItem`) when the catalog does not offer the item, or when it needs a manager
 * the directory does not name. Nobody approves their own request: the approvers may not include the
 * person raising it or the person it is for (the request is refused, not quietly approved).
 */
export function approversFor(catalog: ServiceCatalog, question: ApprovalQuestion): string[] {
  const { item, needsManager } = policyOf(catalog, question.catalogItem);
  if (!item && catalog.unlisted === 'refuse') {
    const offered = catalog.items.map((i) => i.name).join(', ') || 'nothing yet';
    throw new ValidationFailed([{ field: 'catalogItem', message: `${question.catalogItem} is not in the service catalog (it offers: ${offered})` }]);
  }
  if (needsManager && question.manager === null) {
    throw new ValidationFailed([
      { field: 'catalogItem', message: `${question.catalogItem} needs the approval of ${question.requestedFor}'s manager, and the directory names none` },
    ]);
  }
  const approvers = [...new Set([...(item?.approvers ?? []), ...(needsManager ? [question.manager!] : []), ...(question.extraApprovers ?? [])])];
  if (approvers.includes(question.requestedBy) || approvers.includes(question.requestedFor)) {
    throw new ValidationFailed([
      {
        field: 'catalogItem',
        message: `${question.catalogItem} would be approved by the person asking for it or the person it is for: nobody approves their own request`,
      },
    ]);
  }
  return approvers;
}

/**
 * The approvers of a request that arrived through a form (intake), which cannot be refused any more:
 * the same rule, but a missing manager and the requester themselves are left out instead of refusing.
 * The request then waits for whoever remains (no one left: it needs no approval).
 */
export function approversForAccepted(catalog: ServiceCatalog, question: ApprovalQuestion): string[] {
  const { item, needsManager } = policyOf(catalog, question.catalogItem);
  const approvers = [...(item?.approvers ?? []), ...(needsManager && question.manager !== null ? [question.manager] : [])];
  return [...new Set(approvers)].filter((approver) => approver !== question.requestedBy && approver !== question.requestedFor);
}

/** The item the catalog lists under `name` (names compare case-insensitively), and whether a manager approves it; unlisted items need one. */
function policyOf(catalog: ServiceCatalog, name: string): { item: CatalogItem | undefined; needsManager: boolean } {
  const item = catalog.items.find((candidate) => keyOf(candidate.name) === keyOf(name));
  return { item, needsManager: item ? item.managerApproval : true };
}

const keyOf = (name: string): string => name.trim().toLowerCase();
