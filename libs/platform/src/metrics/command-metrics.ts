import { Injectable } from '@nestjs/common';
import { DomainError } from '@deskstream/kernel';
import { PlatformMetrics } from './platform-metrics';

/** `accepted`: events appended or nothing to do; `rejected`: a domain rule said no; `failed`: anything else. */
export type CommandOutcome = 'accepted' | 'rejected' | 'failed';

/** What services report about the commands they handle (`deskstream_commands_total`). */
@Injectable()
export class CommandMetrics {
  constructor(private readonly metrics: PlatformMetrics) {}

  count(service: string, command: string, outcome: CommandOutcome | string): void {
    this.metrics.commands.inc({ service, command, outcome });
  }

  /** Runs the command and counts its outcome; the result or the error passes through unchanged. */
  async measure<T>(service: string, command: string, handle: () => Promise<T>): Promise<T> {
    try {
      const result = await handle();
      this.count(service, command, 'accepted');
      return result;
    } catch (error) {
      this.count(service, command, error instanceof DomainError ? 'rejected' : 'failed');
      throw error;
    }
  }
}
