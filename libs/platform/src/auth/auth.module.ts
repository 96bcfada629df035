import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createLocalJWKSet, createRemoteJWKSet, type JWTPayload } from 'jose';
import { systemClock, type Clock } from '@deskstream/kernel';
import type { IntegrationBus } from '@deskstream/messaging';
import type { DocumentStore } from '@deskstream/readmodels';
import { ServiceContributions } from '../contributions/service-contributions';
import { DirectoryReplica } from '../directory/directory-replica';
import { TENANT_REGISTRY, type TenantRegistry } from '../tenancy/tenant-registry';
import { CLOCK, DOCUMENT_STORE, INTEGRATION_BUS } from '../tokens';
import { platformConsumerName } from '../runtime/process-service';
import { SignInDirectory } from './sign-in-directory';
import { AUTH_CONFIG, type AuthConfig } from './auth.config';
import { AuthGuard } from './auth.guard';
import { AuthorizationCodes, DocumentGrants, MemoryGrants } from './authorization-codes';
import { DemoCredentials } from './demo-credentials';
import { DevTokenController } from './dev-token.controller';
import { EmbeddedIssuer, ISSUER_ALGORITHM } from './embedded-issuer';
import { RolesGuard } from './roles.guard';
import { OAuthController } from './oauth.controller';
import { PasswordController } from './password.controller';
import { FirstSignIns } from './first-sign-ins';
import { IdentityProviderVerifier } from './identity-provider-verifier';
import { signedInUser, STANDARD_CLAIMS, tenantClaimOf } from './token-claims';
import { JwtTokenVerifier, TOKEN_VERIFIER, type TokenVerifier } from './token-verifier';
import { WellKnownController } from './well-known.controller';

const optionalClock = { token: CLOCK, optional: true };
/** The installation's own issuer's verifier, before tenants' identity providers are added to it. */
const INSTALLATION_VERIFIER = Symbol('InstallationVerifier');
/** This process's copy of the directories, kept for sign-in (null where auth runs without the platform). */
const SIGN_IN_REPLICA = Symbol('SignInReplica');

/**
 * Authentication for every route of the app (APP_GUARD), with @Public() as the only way out.
 * Embedded mode adds the built-in issuer, its JWKS/discovery and the dev token endpoint; production
 * mode has none of these and verifies tokens of an external OIDC provider.
 */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    const embedded = config.mode === 'embedded';
    const modeProviders = embedded ? embeddedProviders(config) : productionProviders(config);
    // Guard order matters: AuthGuard attaches the principal that RolesGuard reads.
    const guards: Provider[] = [
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_GUARD, useClass: RolesGuard },
    ];
    return {
      module: AuthModule,
      global: true,
      controllers: embedded ? [WellKnownController, DevTokenController, OAuthController, PasswordController] : [],
      providers: [{ provide: AUTH_CONFIG, useValue: config }, ...platformProviders(config), ...modeProviders, ...guards],
      exports: [AUTH_CONFIG, TOKEN_VERIFIER, ...(embedded ? [EmbeddedIssuer, DemoCredentials] : [])],
    };
  }
}

function embeddedProviders(config: AuthConfig): Provider[] {
  return [
    {
      provide: EmbeddedIssuer,
      useFactory: (clock?: Clock) => EmbeddedIssuer.open(config, clock),
      inject: [optionalClock],
    },
    {
      provide: INSTALLATION_VERIFIER,
      useFactory: (issuer: EmbeddedIssuer, clock?: Clock) =>
        new JwtTokenVerifier(createLocalJWKSet(issuer.jwks()), { issuer: config.issuer, audience: config.audience, algorithms: [ISSUER_ALGORITHM] }, clock),
      inject: [EmbeddedIssuer, optionalClock],
    },
    { provide: DemoCredentials, useFactory: () => DemoCredentials.open(config.dataDir, config.demoPassword) },
    {
      provide: AuthorizationCodes,
      // On the platform the codes are in the read-model store, where every process serving the data dir finds them.
      useFactory: (clock?: Clock, documents?: DocumentStore) =>
        new AuthorizationCodes(clock ?? systemClock, documents ? new DocumentGrants(documents) : new MemoryGrants()),
      inject: [optionalClock, { token: DOCUMENT_STORE, optional: true }],
    },
    {
      provide: SignInDirectory,
      // On the platform, onboarded tenants' users too, from this process's own copy of their directories.
      useFactory: (directory: DirectoryReplica | null, tenants?: TenantRegistry) =>
        tenants && directory ? new SignInDirectory(tenants, directory) : new SignInDirectory(),
      inject: [SIGN_IN_REPLICA, { token: TENANT_REGISTRY, optional: true }],
    },
  ];
}

/**
 * On the platform (its tenant registry, documents and bus), this process's copy of the directories,
 * and the verifier of the installation's tokens and of every tenant's identity provider, which
 * announces users signing in with an external token for the first time. Without it (auth's own
 * tests), the installation's tokens only.
 */
function platformProviders(config: AuthConfig): Provider[] {
  return [
    {
      provide: SIGN_IN_REPLICA,
      useFactory: (tenants?: TenantRegistry, documents?: DocumentStore, contributions?: ServiceContributions) => {
        if (!tenants || !documents || !contributions) return null;
        if (!config.serviceName) throw new Error('AuthConfig.serviceName is required on the platform: it names the sign-in directory consumer');
        const directory = new DirectoryReplica(documents, platformConsumerName(config.serviceName, 'sign-in-directory'), 'platform-sign-in-directory');
        contributions.addConsumer(directory);
        return directory;
      },
      inject: [
        { token: TENANT_REGISTRY, optional: true },
        { token: DOCUMENT_STORE, optional: true },
        { token: ServiceContributions, optional: true },
      ],
    },
    {
      provide: FirstSignIns,
      useFactory: (directory: DirectoryReplica | null, tenants?: TenantRegistry, bus?: IntegrationBus, clock?: Clock) =>
        directory && tenants && bus ? new FirstSignIns(bus, directory, tenants, clock ?? systemClock) : null,
      inject: [SIGN_IN_REPLICA, { token: TENANT_REGISTRY, optional: true }, { token: INTEGRATION_BUS, optional: true }, optionalClock],
    },
    {
      provide: TOKEN_VERIFIER,
      useFactory: (installation: TokenVerifier, firstSignIns: FirstSignIns | null, tenants?: TenantRegistry, clock?: Clock) =>
        tenants
          ? new IdentityProviderVerifier(
              { issuer: config.issuer, verifier: installation },
              tenants,
              config.claims ?? STANDARD_CLAIMS,
              clock ?? systemClock,
              firstSignIns ?? undefined,
            )
          : installation,
      inject: [INSTALLATION_VERIFIER, FirstSignIns, { token: TENANT_REGISTRY, optional: true }, optionalClock],
    },
  ];
}

function productionProviders(config: AuthConfig): Provider[] {
  if (!config.jwksUrl) throw new Error('AuthConfig.jwksUrl is required in production mode');
  const jwksUrl = new URL(config.jwksUrl);
  const claims = config.claims ?? STANDARD_CLAIMS;
  return [
    {
      provide: INSTALLATION_VERIFIER,
      // The installation's issuer names each user's tenant in `tenant_id`; its claims map as the settings say.
      useFactory: (firstSignIns: FirstSignIns | null, clock?: Clock) => {
        const read = async (payload: JWTPayload) => {
          const user = signedInUser(payload, tenantClaimOf(payload), claims);
          await firstSignIns?.notice(user, config.issuer);
          return user.principal;
        };
        return new JwtTokenVerifier(createRemoteJWKSet(jwksUrl), { issuer: config.issuer, audience: config.audience }, clock, read);
      },
      inject: [FirstSignIns, optionalClock],
    },
  ];
}
