import { TEMPLATE_NAMES, loadTemplate } from '@deskstream/templates';
import { changeSettings, DEFAULT_INCIDENT_SETTINGS } from '../domain/incident-settings';
import { priorityFor, type PriorityMatrix } from '../domain/priority-matrix';

describe('the incident settings of every shipped template', () => {
  it.each(TEMPLATE_NAMES)('%s: its priority matrix and categories are settings the incidents service accepts', (name) => {
    const { priorityMatrix, categories } = loadTemplate(name);
    const settings = changeSettings(DEFAULT_INCIDENT_SETTINGS, { priorityMatrix: priorityMatrix as unknown as PriorityMatrix, closingCategories: categories });
    expect(settings.closingCategories).toEqual(categories);
    expect(priorityFor(settings.priorityMatrix, 1, 1)).toBe('P1');
  });

  it('facilities: nothing waits as P5 (a low-impact, low-urgency fault is still P4)', () => {
    expect(priorityFor(loadTemplate('facilities').priorityMatrix as unknown as PriorityMatrix, 3, 3)).toBe('P4');
  });
});
