import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createLocalJWKSet, createRemoteJWKSet } from 'jose';
import { systemClock, type Clock } from '@deskstream/kernel';
import type { DocumentStore } from '@deskstream/readmodels';
import { ServiceContributions } from '../contributions/service-contributions';
import { DirectoryReplica } from '../directory/directory-replica';
import { TENANT_REGISTRY, type TenantRegistry } from '../tenancy/tenant-registry';
import { CLOCK, DOCUMENT_STORE } from '../tokens';
import { platformConsumerName } from '../runtime/process-service';
import { SignInDirectory } from './sign-in-directory';
import { AUTH_CONFIG, type AuthConfig } from './auth.config';
import { AuthGuard } from './auth.guard';
import { AuthorizationCodes } from './authorization-codes';
import { DemoCredentials } from './demo-credentials';
import { DevTokenController } from './dev-token.controller';
import { EmbeddedIssuer, ISSUER_ALGORITHM } from './embedded-issuer';
import { RolesGuard } from './roles.guard';
import { OAuthController } from './oauth.controller';
import { PasswordController } from './password.controller';
import { JwtTokenVerifier, TOKEN_VERIFIER } from './token-verifier';
import { WellKnownController } from './well-known.controller';

const optionalClock = { token: CLOCK, optional: true };

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
      providers: [{ provide: AUTH_CONFIG, useValue: config }, ...modeProviders, ...guards],
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
      provide: TOKEN_VERIFIER,
      useFactory: (issuer: EmbeddedIssuer, clock?: Clock) =>
        new JwtTokenVerifier(createLocalJWKSet(issuer.jwks()), { issuer: config.issuer, audience: config.audience, algorithms: [ISSUER_ALGORITHM] }, clock),
      inject: [EmbeddedIssuer, optionalClock],
    },
    { provide: DemoCredentials, useFactory: () => DemoCredentials.open(config.dataDir, config.demoPassword) },
    { provide: AuthorizationCodes, useFactory: (clock?: Clock) => new AuthorizationCodes(clock ?? systemClock), inject: [optionalClock] },
    {
      provide: SignInDirectory,
      // On the platform, onboarded tenants' users too, from this process's own copy of their directories.
      useFactory: (tenants?: TenantRegistry, documents?: DocumentStore, contributions?: ServiceContributions) => {
        if (!tenants || !documents || !contributions) return new SignInDirectory();
        if (!config.serviceName) throw new Error('AuthConfig.serviceName is required on the platform: it names the sign-in directory consumer');
        const directory = new DirectoryReplica(documents, platformConsumerName(config.serviceName, 'sign-in-directory'), 'platform-sign-in-directory');
        contributions.addConsumer(directory);
        return new SignInDirectory(tenants, directory);
      },
      inject: [
        { token: TENANT_REGISTRY, optional: true },
        { token: DOCUMENT_STORE, optional: true },
        { token: ServiceContributions, optional: true },
      ],
    },
  ];
}

function productionProviders(config: AuthConfig): Provider[] {
  if (!config.jwksUrl) throw new Error('AuthConfig.jwksUrl is required in production mode');
  const jwksUrl = new URL(config.jwksUrl);
  return [
    {
      provide: TOKEN_VERIFIER,
      useFactory: (clock?: Clock) => new JwtTokenVerifier(createRemoteJWKSet(jwksUrl), { issuer: config.issuer, audience: config.audience }, clock),
      inject: [optionalClock],
    },
  ];
}
