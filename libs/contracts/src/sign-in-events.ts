/**
 * Sign-ins the platform's edge saw (topic TOPICS.signIns, key = user id, CloudEvents `tenantid` = the
 * user's tenant). A user whose token comes from an identity provider and whom the tenant's directory
 * does not list yet is announced once, so that the directory registers them from their token's claims.
 */
export const SIGN_IN_EVENTS = {
  userFirstSignedIn: 'deskstream.platform.user-first-signed-in.v1',
} as const;

export interface UserFirstSignedInV1 {
  readonly userId: string;
  readonly name: string;
  /** Only an address the identity provider did not mark unverified. */
  readonly email: string | null;
  readonly roles: readonly string[];
  /** The tenant's own, or UTC / en-GB for a tenant the process has no settings of. */
  readonly timeZone: string;
  readonly locale: string;
  readonly issuer: string;
  readonly at: string;
}

export interface SignInIntegrationEvents {
  [SIGN_IN_EVENTS.userFirstSignedIn]: UserFirstSignedInV1;
}
