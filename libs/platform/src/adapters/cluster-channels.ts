import cluster, { type Worker } from 'node:cluster';
import type { EdgeChannel, WriterChannel } from './writer-link';

interface Batch {
  readonly deskstream: 'batch';
  readonly messages: readonly unknown[];
}

const isBatch = (message: unknown): message is Batch => (message as Batch | null)?.deskstream === 'batch';

/**
 * The messages sent to one process during a turn of the event loop go as one: one write to the IPC
 * pipe instead of one per append or answer (each is a system call, and under load they add up).
 */
function batching(send: (message: unknown) => void): (message: unknown) => void {
  let queue: unknown[] | null = null;
  return (message) => {
    if (!queue) {
      queue = [];
      setImmediate(() => {
        const messages = queue!;
        queue = null;
        send(messages.length === 1 ? messages[0] : ({ deskstream: 'batch', messages } satisfies Batch));
      });
    }
    queue.push(message);
  };
}

const eachOf = (message: unknown, listener: (one: unknown) => void): void => {
  if (isBatch(message)) message.messages.forEach(listener);
  else listener(message);
};

/** A cluster worker's channel to the primary. */
export function clusterEdgeChannel(): EdgeChannel {
  const send = batching((message) => {
    if (process.connected) process.send!(message);
  });
  return {
    send: (message) => {
      if (!process.send || !process.connected) throw new Error('the writer process is gone');
      send(message);
    },
    onMessage: (listener) => {
      const onMessage = (message: unknown) => eachOf(message, listener);
      process.on('message', onMessage);
      return () => process.off('message', onMessage);
    },
  };
}

/** The cluster primary's channel to its workers. */
export function clusterWriterChannel(): WriterChannel {
  const senders = new WeakMap<Worker, (message: unknown) => void>();
  const sendTo = (worker: Worker, message: unknown): void => {
    let send = senders.get(worker);
    if (!send) {
      send = batching((batch) => {
        if (worker.isConnected()) worker.send(batch as never);
      });
      senders.set(worker, send);
    }
    send(message);
  };
  return {
    onMessage: (listener) => {
      const onMessage = (worker: Worker, message: unknown) => eachOf(message, (one) => listener(one, (answer) => sendTo(worker, answer)));
      cluster.on('message', onMessage);
      return () => cluster.off('message', onMessage);
    },
    broadcast: (message) => {
      for (const worker of Object.values(cluster.workers ?? {})) if (worker?.isConnected()) sendTo(worker, message);
    },
  };
}
