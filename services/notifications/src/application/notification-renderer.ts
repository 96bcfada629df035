import Handlebars from 'handlebars';
import type { NotificationTemplate } from '../domain/notification-rules';
import type { PlannedNotification } from '../domain/notification-planner';
import { customerStatus } from '../domain/notification-trigger';

export interface Rendered {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
}

/** Where links in messages point: the portal's base URL (NOTIFICATIONS_PORTAL_URL). */
export interface LinkBase {
  readonly portalUrl: string;
}

type Compiled = (context: object) => string;

/**
 * Renders templates with Handlebars: the HTML part escapes every value by default, so user text never
 * becomes markup; the subject and the text part are plain text and are not HTML-escaped. Compiled
 * templates are cached by their source.
 */
export class NotificationRenderer {
  private readonly compiled = new Map<string, Compiled>();

  constructor(private readonly links: LinkBase) {}

  render(planned: PlannedNotification, templates: readonly NotificationTemplate[]): Rendered {
    const template = pick(templates, planned.template, planned.recipient.locale);
    const context = this.contextOf(planned);
    return {
      subject: this.compile(
        template.subject,
        false,
      )(context)
        .replace(/[\r\n]+/g, ' ')
        .trim(),
      text: this.compile(template.text, false)(context),
      html: template.html === null ? null : this.compile(template.html, true)(context),
    };
  }

  private contextOf(planned: PlannedNotification) {
    const { ticket, fields } = planned.trigger;
    const base = `${this.links.portalUrl.replace(/\/$/, '')}/${ticket.kind === 'incident' ? 'incidents' : 'requests'}/${ticket.reference}`;
    return {
      ticket: { ...ticket, status: customerStatus(ticket.status) },
      recipient: { name: planned.recipient.name },
      fields,
      links: { ticket: base, accept: `${base}?action=accept-resolution`, reject: `${base}?action=reject-resolution` },
    };
  }

  private compile(source: string, escape: boolean): Compiled {
    const key = `${escape ? 'html' : 'text'}:${source}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = Handlebars.compile(source, { noEscape: !escape, strict: false, knownHelpersOnly: true });
      this.compiled.set(key, compiled);
    }
    return compiled;
  }
}

/** The template for the recipient's locale, else its language, else English, else any. */
function pick(templates: readonly NotificationTemplate[], id: string, locale: string): NotificationTemplate {
  const candidates = templates.filter((t) => t.id === id);
  const language = locale.split('-')[0];
  const found =
    candidates.find((t) => t.locale === locale) ?? candidates.find((t) => t.locale === language) ?? candidates.find((t) => t.locale === 'en') ?? candidates[0];
  if (!found) throw new Error(`no template ${id}`);
  return found;
}
