import { planNotifications } from '../domain/notification-planner';
import { people, settings, trigger } from '../domain/notification.fixtures';
import { NotificationRenderer } from './notification-renderer';

const renderer = new NotificationRenderer({ portalUrl: 'https://desk.acme.example/' });
const [planned] = planNotifications(trigger('incident.public-comment', { comment: '<script>alert(1)</script> & more', by: 'agent' }), settings, people);

describe('rendering a notification', () => {
  it('escapes user text in HTML, keeps the plain-text part as written, and shows the customer-facing status', () => {
    const templates = [
      {
        id: 'public-comment',
        locale: 'en',
        subject: '{{ticket.reference}}\nsecond line',
        text: '{{fields.comment}} ({{ticket.status}})',
        html: '<p>{{fields.comment}}</p>',
      },
    ];
    const rendered = renderer.render(planned!, templates);
    expect(rendered.html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>');
    expect(rendered.text).toBe('<script>alert(1)</script> & more (In progress)');
    expect(rendered.subject).toBe('INC0001001 second line');
  });

  it("picks the recipient's locale, then the language, then English", () => {
    const templates = [
      { id: 'public-comment', locale: 'en', subject: 'en', text: 'x', html: null },
      { id: 'public-comment', locale: 'en-GB', subject: 'en-GB', text: 'x', html: null },
    ];
    expect(renderer.render(planned!, templates).subject).toBe('en-GB');
    expect(renderer.render({ ...planned!, recipient: { ...planned!.recipient, locale: 'de-DE' } }, templates).subject).toBe('en');
  });

  it('links to the ticket in the portal, with the accept and reject actions', () => {
    const rendered = renderer.render(planned!, [{ id: 'public-comment', locale: 'en', subject: 's', text: '{{links.ticket}} {{links.accept}}', html: null }]);
    expect(rendered.text).toBe('https://desk.acme.example/incidents/INC0001001 https://desk.acme.example/incidents/INC0001001?action=accept-resolution');
  });
});
