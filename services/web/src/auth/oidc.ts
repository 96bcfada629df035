import { UserManager } from 'oidc-client-ts';
import { userManagerSettings } from './sign-in-settings';

let manager: UserManager | null = null;

/** The app's one OIDC client, for the issuer this build was configured with. */
export function userManager(): UserManager {
  manager ??= new UserManager(
    userManagerSettings(
      window.location.origin,
      {
        authority: import.meta.env.VITE_OIDC_AUTHORITY as string | undefined,
        clientId: import.meta.env.VITE_OIDC_CLIENT_ID as string | undefined,
        scope: import.meta.env.VITE_OIDC_SCOPE as string | undefined,
      },
      window.sessionStorage,
    ),
  );
  return manager;
}
