import { startHttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { IncidentsAppModule } from '../incidents-app.module';

/** The incidents service alone on the embedded platform, over real HTTP, on a throwaway data dir. */
export async function startIncidentsApp() {
  const http = await startHttpTestApp({ name: 'incidents', module: (config) => IncidentsAppModule.forRoot(config) });
  return { ...http, eventually: readUntil };
}
