import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TenantTemplateV1 } from '@deskstream/contracts';

/**
 * The desks a new business unit can start from. Each is a versioned data file in
 * libs/templates/templates/<name>.json (request types and forms, groups, starter articles, which
 * request type mail to each kind of desk becomes, business calendars, SLA definitions, the priority
 * matrix, closing categories, notification rules and messages); raise `version` on every change.
 */
export const TEMPLATE_NAMES = ['it', 'hr', 'facilities'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export const isTemplateName = (name: string): name is TemplateName => (TEMPLATE_NAMES as readonly string[]).includes(name);

const loaded = new Map<TemplateName, TenantTemplateV1>();

/** The template's content as shipped; read once per process. */
export function loadTemplate(name: TemplateName): TenantTemplateV1 {
  const cached = loaded.get(name);
  if (cached) return cached;
  const template = JSON.parse(readFileSync(join(__dirname, '..', 'templates', `${name}.json`), 'utf8')) as TenantTemplateV1;
  loaded.set(name, template);
  return template;
}
