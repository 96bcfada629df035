import { DatabaseSync } from 'node:sqlite';
import { sqliteFileIn } from '@deskstream/sqlite';
import type { ServerProcess } from '../standalone-process';

/** The first answer to a submission, as POST /api/v1/intake/submissions gives it. */
export interface Receipt {
  readonly submissionId: string;
  readonly reference: string;
  readonly status: string;
  readonly kind: string;
  readonly duplicateOf: { readonly id: string; readonly reference: string } | null;
}

export interface Answer {
  readonly status: number;
  readonly replayed: boolean;
  readonly receipt: Receipt | null;
  readonly text: string;
}

export interface Portal {
  readonly base: string;
  readonly token: string;
}

/** One portal submission with an Idempotency-Key; a dropped connection is `null` (no answer). */
export async function submit(portal: Portal, key: string, body: object): Promise<Answer | null> {
  const response = await fetch(`${portal.base}/api/v1/intake/submissions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${portal.token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (!response) return null;
  const text = await response.text().catch(() => null);
  if (text === null) return null;
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed') === 'true',
    receipt: response.status === 202 ? (JSON.parse(text) as Receipt) : null,
    text,
  };
}

export interface Burst {
  /** Keys answered 202, with their answer. */
  readonly acknowledged: Map<string, Receipt>;
  /** Keys sent but never answered: the process died under them. */
  readonly unanswered: string[];
  /** Keys answered with something other than 202 before the kill. */
  readonly refused: string[];
  readonly inFlightAtKill: number;
}

/**
 * Sends `bodyOf(i)` with key `keyOf(i)` at `concurrency` and SIGKILLs the server once `killAfter`
 * submissions are acknowledged, with requests still in flight; no new request starts after the kill.
 */
export async function burstUntilKilled(
  server: ServerProcess,
  portal: Portal,
  options: { concurrency: number; killAfter: number; keyOf: (i: number) => string; bodyOf: (i: number) => object },
): Promise<Burst> {
  const acknowledged = new Map<string, Receipt>();
  const unanswered: string[] = [];
  const refused: string[] = [];
  let next = 0;
  let inFlight = 0;
  let inFlightAtKill = -1;
  const worker = async () => {
    while (inFlightAtKill < 0) {
      const i = next++;
      const key = options.keyOf(i);
      inFlight += 1;
      const answer = await submit(portal, key, options.bodyOf(i));
      inFlight -= 1;
      if (answer?.status === 202) acknowledged.set(key, answer.receipt!);
      else if (answer) refused.push(`${key}: ${answer.status} ${answer.text}`);
      else unanswered.push(key);
      if (acknowledged.size >= options.killAfter && inFlightAtKill < 0) {
        inFlightAtKill = inFlight;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { acknowledged, unanswered, refused, inFlightAtKill };
}

/** Polls until `read` returns a value `done` accepts, or throws after `timeoutMs` with the last value. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached after ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((resume) => setTimeout(resume, 100));
  }
}

/** The backlog of a tenant as the `deskstream_intake_backlog_submissions` gauge reports it (NaN when absent). */
export async function backlogGauge(base: string, tenant: string): Promise<number> {
  const metrics = await (await fetch(`${base}/metrics`)).text();
  const match = new RegExp(`^deskstream_intake_backlog_submissions\\{tenant="${tenant}"\\} (\\d+)$`, 'm').exec(metrics);
  return match ? Number(match[1]) : Number.NaN;
}

/** Every incident of the queue whose text contains `q`, page by page: reference -> how many times it is listed. */
export async function queueReferences(base: string, token: string, q: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ q, limit: '200', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${base}/api/v1/incidents?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET /api/v1/incidents: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { items: { reference: string }[]; nextCursor: string | null };
    for (const item of page.items) seen.set(item.reference, (seen.get(item.reference) ?? 0) + 1);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

export interface StoredTickets {
  /** submission id -> how many SubmissionAccepted / SubmissionLinkedAsDuplicate events its stream holds. */
  readonly submissions: Map<string, number>;
  /** incident id -> the references of the IncidentOpened events of its stream. */
  readonly incidents: Map<string, string[]>;
}

/** What the event store file holds (opened read-only, after the app stopped): submissions and opened incidents. */
export function storedTickets(dataDir: string, tenant: string): StoredTickets {
  const db = new DatabaseSync(sqliteFileIn(dataDir), { readOnly: true });
  try {
    const rows = db
      .prepare(
        `SELECT stream_id AS stream, type, json_extract(data, '$.reference') AS reference FROM events
         WHERE (category = 'intakesubmission' AND type IN ('SubmissionAccepted', 'SubmissionLinkedAsDuplicate'))
            OR (category = 'incident' AND type = 'IncidentOpened')`,
      )
      .all() as { stream: string; type: string; reference: string | null }[];
    const submissions = new Map<string, number>();
    const incidents = new Map<string, string[]>();
    for (const { stream, type, reference } of rows) {
      const [category, rest] = [stream.slice(0, stream.indexOf('-')), stream.slice(stream.indexOf('-') + 1)];
      if (!rest.startsWith(`${tenant}.`)) continue;
      const id = rest.slice(tenant.length + 1);
      if (category === 'intakesubmission') submissions.set(id, (submissions.get(id) ?? 0) + 1);
      else if (type === 'IncidentOpened') incidents.set(id, [...(incidents.get(id) ?? []), reference ?? '']);
    }
    return { submissions, incidents };
  } finally {
    db.close();
  }
}
