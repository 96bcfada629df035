/** Ticket statuses in the words a requester uses. */
const WORDS: Record<string, string> = {
  new: 'Received',
  assigned: 'With the service desk',
  'in-progress': 'Being worked on',
  'on-hold': 'Waiting',
  resolved: 'Resolved: please confirm',
  closed: 'Closed',
  cancelled: 'Cancelled',
  submitted: 'Received',
  'awaiting-approval': 'Waiting for approval',
  approved: 'Approved',
  rejected: 'Not approved',
  'in-fulfilment': 'Being fulfilled',
  fulfilled: 'Done',
};

export const customerStatus = (status: string) => WORDS[status] ?? status;
