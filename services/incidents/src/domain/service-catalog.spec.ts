import { ValidationFailed } from '@deskstream/kernel';
import {
  approversFor,
  approversForAccepted,
  changeServiceCatalog,
  DEFAULT_SERVICE_CATALOG,
  type ApprovalQuestion,
  type ServiceCatalog,
} from './service-catalog';

const catalog: ServiceCatalog = {
  items: [
    { name: 'Laptop', approvers: ['budget-holder'], managerApproval: true },
    { name: 'Password reset', approvers: [], managerApproval: false },
    { name: 'Admin access', approvers: ['security'], managerApproval: false },
  ],
  unlisted: 'refuse',
};
const rita: ApprovalQuestion = { catalogItem: 'laptop', requestedFor: 'rita', requestedBy: 'rita', manager: 'mia' };

const refusal = (act: () => unknown): string[] => {
  try {
    act();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e) => `${e.field}: ${e.message}`);
    throw error;
  }
  return [];
};

describe('approvals come from the service catalog', () => {
  it('given an item with named approvers and manager approval, then the request waits for all of them', () => {
    expect(approversFor(catalog, rita)).toEqual(['budget-holder', 'mia']);
  });

  it('given a pre-approved item, then nobody is asked', () => {
    expect(approversFor(catalog, { ...rita, catalogItem: 'Password reset' })).toEqual([]);
  });

  it('given the desk adds an approver for one request, then they are asked too', () => {
    expect(approversFor(catalog, { ...rita, catalogItem: 'Admin access', extraApprovers: ['cio'] })).toEqual(['security', 'cio']);
  });

  it('given an item the catalog does not offer and unlisted items are refused, then the request is refused naming the item', () => {
    expect(refusal(() => approversFor(catalog, { ...rita, catalogItem: 'yacht' }))).toEqual([
      'catalogItem: yacht is not in the service catalog (it offers: Laptop, Password reset, Admin access)',
    ]);
  });

  it('given the default catalog, then anything asked for waits for the manager of the person it is for', () => {
    expect(approversFor(DEFAULT_SERVICE_CATALOG, { ...rita, catalogItem: 'monitor', requestedBy: 'agent' })).toEqual(['mia']);
  });

  it('given manager approval and a person the directory names no manager for, then the request is refused', () => {
    expect(refusal(() => approversFor(catalog, { ...rita, manager: null }))).toEqual([
      "catalogItem: laptop needs the approval of rita's manager, and the directory names none",
    ]);
  });

  it('given the approver would be the person asking, then the request is refused rather than approved', () => {
    expect(refusal(() => approversFor(catalog, { ...rita, catalogItem: 'Admin access', requestedBy: 'security', requestedFor: 'security' }))).toHaveLength(1);
  });

  it('given a request already accepted through a form, then a missing manager and the requester are left out instead', () => {
    expect(approversForAccepted(catalog, { ...rita, manager: null })).toEqual(['budget-holder']);
    expect(approversForAccepted(catalog, { ...rita, catalogItem: 'Admin access', requestedBy: 'security' })).toEqual([]);
    expect(approversForAccepted(DEFAULT_SERVICE_CATALOG, rita)).toEqual(['mia']);
  });
});

describe('changing the service catalog', () => {
  it('given items named twice, with empty names or too many approvers, then the change is refused naming each', () => {
    const change = {
      items: [
        { name: 'Laptop', approvers: [], managerApproval: true },
        { name: 'laptop ', approvers: Array.from({ length: 11 }, (_, i) => `a${i}`), managerApproval: false },
        { name: '', approvers: [], managerApproval: false },
      ],
    };
    expect(refusal(() => changeServiceCatalog(catalog, change)).map((e) => e.split(':')[0])).toEqual(['items[1].name', 'items[1].approvers', 'items[2].name']);
  });

  it('given an item that is no object (a nested list), then the change is refused naming it, not failed', () => {
    const change = { items: [[[]], { name: 'laptop', approvers: [], managerApproval: false }] } as unknown as Parameters<typeof changeServiceCatalog>[1];
    expect(refusal(() => changeServiceCatalog(DEFAULT_SERVICE_CATALOG, change)).map((e) => e.split(':')[0])).toEqual(['items[0].name']);
  });

  it('given a valid change, then it replaces what it names', () => {
    expect(changeServiceCatalog(DEFAULT_SERVICE_CATALOG, { unlisted: 'refuse' })).toEqual({ items: [], unlisted: 'refuse' });
  });
});
