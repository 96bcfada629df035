import type { IncidentCommand } from '../incident.commands';
import { decideIncident } from '../incident.decider';
import { evolveIncident } from '../incident.evolve';
import type { Incident, IncidentState } from '../incident.state';

/**
 * The incident as an import brings it along: each command is decided on the state the previous ones
 * left, exactly as the command handler will decide them again, so a row that the lifecycle refuses is
 * known (and reported) before anything is written.
 */
export class IncidentWalk {
  readonly commands: IncidentCommand[] = [];

  constructor(private current: IncidentState) {}

  get state(): IncidentState {
    return this.current;
  }

  get incident(): Incident | null {
    return this.current.status === 'none' ? null : this.current;
  }

  /** Decides the command now; a refusal throws the domain's typed error. */
  run(command: IncidentCommand): void {
    const events = decideIncident(command, this.current);
    if (events.length === 0) return;
    this.current = events.reduce(evolveIncident, this.current);
    this.commands.push(command);
  }
}
