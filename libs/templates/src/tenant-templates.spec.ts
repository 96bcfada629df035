import { loadTemplate, TEMPLATE_NAMES } from './tenant-templates';

describe('tenant templates', () => {
  it.each(TEMPLATE_NAMES)('%s is named after its file, versioned, and routes every request type and desk to something it defines', (name) => {
    const template = loadTemplate(name);
    expect(template.name).toBe(name);
    expect(Number.isInteger(template.version) && template.version >= 1).toBe(true);
    expect(template.requestTypes.length).toBeGreaterThan(0);
    const groups = new Set(template.groups.map((g) => g.id));
    const types = new Set(template.requestTypes.map((t) => t.id));
    expect(types.size).toBe(template.requestTypes.length);
    for (const type of template.requestTypes) {
      expect(type.group === null || groups.has(type.group)).toBe(true);
      expect(type.form).toMatchObject({ type: 'object' });
    }
    for (const requestType of Object.values(template.deskRequestTypes)) expect(types.has(requestType)).toBe(true);
    for (const article of template.articles) expect(article.body.length).toBeGreaterThan(40);
  });
});
