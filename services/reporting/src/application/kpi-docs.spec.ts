import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KPIS } from '../domain/kpis';
import { KPI_DESCRIPTION } from '../http/reporting.dto';

describe('KPI definitions', () => {
  const doc = readFileSync(join(__dirname, '../../../../docs/kpis.md'), 'utf8');

  it.each(KPIS.map((kpi) => [kpi.name, kpi.definition]))('docs/kpis.md and the OpenAPI description state %s exactly as it is computed', (name, definition) => {
    expect(doc).toContain(`| \`${name}\` | ${definition.replace(/\|/g, '\\|')} |`);
    expect(KPI_DESCRIPTION).toContain(`\`${name}\`: ${definition}`);
  });
});
