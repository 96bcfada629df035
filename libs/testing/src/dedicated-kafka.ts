import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPTS = resolve(__dirname, '../../../scripts/test-servers');

/**
 * A Kafka broker of a test's own (scripts/test-servers on a state dir of its own, so its port and data
 * are not the shared test broker's), which the test may SIGKILL and start again on the same data.
 */
export class DedicatedKafka {
  private constructor(
    private readonly state: string,
    readonly brokers: string,
  ) {}

  static async start(): Promise<DedicatedKafka> {
    const state = mkdtempSync(join(tmpdir(), 'deskstream-kafka-'));
    const { stdout } = await run(join(SCRIPTS, 'start'), ['kafka'], { env: { ...process.env, DESKSTREAM_TEST_SERVERS_STATE: state } });
    const brokers = /DESKSTREAM_TEST_KAFKA_BROKERS=(\S+)/.exec(stdout)?.[1];
    if (!brokers) throw new Error(`scripts/test-servers/start printed no brokers:\n${stdout}`);
    return new DedicatedKafka(state, brokers);
  }

  /** A crash: no shutdown, no flush. */
  kill(): void {
    process.kill(Number(readFileSync(join(this.state, 'kafka', 'pid'), 'utf8')), 'SIGKILL');
  }

  /** Starts the killed broker again on its data and port; resolves once it serves clients. */
  async restart(): Promise<void> {
    await run(join(SCRIPTS, 'restart-kafka'), [], { env: { ...process.env, DESKSTREAM_TEST_SERVERS_STATE: this.state } });
  }

  async stop(): Promise<void> {
    await run(join(SCRIPTS, 'stop'), [], { env: { ...process.env, DESKSTREAM_TEST_SERVERS_STATE: this.state } });
    rmSync(this.state, { recursive: true, force: true });
  }
}
