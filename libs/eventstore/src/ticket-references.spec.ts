import { formatTicketReference, INCIDENT_REFERENCES, parseTicketReference, REQUEST_REFERENCES } from './ticket-references';

describe('ticket references', () => {
  it('read INC0001001, REQ0001001 ... and parse back, in any letter case', () => {
    expect(formatTicketReference(INCIDENT_REFERENCES, 1001)).toBe('INC0001001');
    expect(formatTicketReference(INCIDENT_REFERENCES, 12_345_678)).toBe('INC12345678');
    expect(formatTicketReference(REQUEST_REFERENCES, 1001)).toBe('REQ0001001');
    expect(parseTicketReference(INCIDENT_REFERENCES, 'INC0001002')).toBe(1002);
    expect(parseTicketReference(REQUEST_REFERENCES, 'req0001002')).toBe(1002);
  });

  it('refuses text that is no reference of that kind, or below the first number', () => {
    expect(parseTicketReference(INCIDENT_REFERENCES, 'inc-1')).toBeNull();
    expect(parseTicketReference(REQUEST_REFERENCES, 'INC0001002')).toBeNull();
    expect(parseTicketReference(REQUEST_REFERENCES, 'REQ12')).toBeNull();
    expect(parseTicketReference(INCIDENT_REFERENCES, 'INC0000999')).toBeNull();
  });
});
