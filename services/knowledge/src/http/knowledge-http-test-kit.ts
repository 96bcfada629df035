import { startHttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { KnowledgeAppModule } from '../knowledge-app.module';

/** The knowledge service alone on the embedded platform, over real HTTP, on a throwaway data dir. */
export async function startKnowledgeApp() {
  const http = await startHttpTestApp({ name: 'knowledge', module: (config) => KnowledgeAppModule.forRoot(config) });
  return { ...http, eventually: readUntil };
}

export const outlookArticle = {
  title: 'Outlook cannot connect after a password change',
  problem: 'Outlook shows disconnected after the user changed the password.',
  environment: 'Windows 11, Outlook 365',
  cause: 'Cached credentials',
  resolution: 'Remove the cached credentials in the credential manager and restart Outlook.',
  keywords: ['outlook', 'password'],
  service: 'email',
  category: 'software',
  audience: 'requesters',
};
