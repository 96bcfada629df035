import type { Note } from '../api/types';
import { linkedRecordsOf } from './linked-records';

const note = (fields: Partial<Note>): Note => ({ visibility: 'internal', text: 'Worked on it', by: 'agent', at: '2026-12-01T09:00:00Z', ...fields });

describe('the problem and articles an incident is linked to', () => {
  it('names each once, in the order the notes first named them', () => {
    const notes = [
      note({ knowledgeArticle: 'KB0001002' }),
      note({ relatedProblem: 'PRB0001001', knowledgeArticle: 'KB0001001' }),
      note({ knowledgeArticle: 'KB0001002', relatedProblem: 'PRB0001001' }),
    ];
    expect(linkedRecordsOf(notes)).toEqual({ problems: ['PRB0001001'], articles: ['KB0001002', 'KB0001001'] });
  });

  it('names the problem the problems service linked the incident to first', () => {
    const linked = { id: 'p2', reference: 'PRB0001002' };
    expect(linkedRecordsOf([note({ relatedProblem: 'PRB0001001' }), note({ relatedProblem: 'PRB0001002' })], linked).problems).toEqual([
      'PRB0001002',
      'PRB0001001',
    ]);
  });

  it('is empty while no note links anything', () => {
    expect(linkedRecordsOf([note({}), note({ knowledgeArticle: null, relatedProblem: null })])).toEqual({ problems: [], articles: [] });
  });
});
