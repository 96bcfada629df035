import { commandHandler, NotFound, ValidationFailed, type Clock, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { DEMO_TENANTS, PLATFORM_TENANT, TENANT_ROLES, type Principal } from '@deskstream/platform';
import type { DocumentCollection, DocumentStore } from '@deskstream/readmodels';
import { isTemplateName, loadTemplate, TEMPLATE_NAMES } from '@deskstream/templates';
import { tenantDecider } from '../domain/tenant.decider';
import type { IdentityProviderFacts, IdentityProviderRequest } from '../domain/identity-provider.rules';
import type { DeskRequest, TenantCommand } from '../domain/tenant.events';
import { listed, recordOf, type TenantDocument, type TenantRecord } from './tenant-record';
import { TENANTS_COLLECTION } from './tenants.projection';
import { knownTenantStream } from './tenant-streams';

/** An installation serves business units by the dozen, not by the million: one page lists them all. */
const MAX_LISTED = 10_000;

export interface OnboardingRequest {
  readonly id: string;
  readonly name: string;
  readonly template: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly desks: readonly DeskRequest[];
  readonly admins: readonly string[];
  readonly identityProvider?: IdentityProviderRequest | null;
}

/**
 * The platform administrators' use cases: onboarding a business unit from a template, suspending and
 * resuming it. The records are the platform tenant's; every other service learns of a new tenant
 * from the onboarding event and sets up its own part of the desk.
 */
export class TenantAdministration {
  private readonly handler;
  private readonly tenants: DocumentCollection<TenantDocument>;

  constructor(
    store: EventStore,
    documents: DocumentStore,
    private readonly clock: Clock,
    ids: IdGenerator,
    /** The issuer of the installation's own tokens, which no tenant's provider may share. */
    private readonly installationIssuer: string,
  ) {
    this.handler = commandHandler(tenantDecider, { store, clock, ids });
    this.tenants = documents.collection<TenantDocument>(TENANTS_COLLECTION);
  }

  async onboard(principal: Principal, correlationId: string, request: OnboardingRequest): Promise<TenantRecord> {
    if (!isTemplateName(request.template)) {
      throw new ValidationFailed([{ field: 'template', message: `one of: ${TEMPLATE_NAMES.join(', ')}` }]);
    }
    const { id: tenantId, template: templateName, desks, identityProvider, ...profile } = request;
    const others = (await this.all()).filter((tenant) => tenant.id !== tenantId);
    const takenAddresses = others.flatMap((tenant) => tenant.desks.map((desk) => desk.address));
    return this.run(principal, correlationId, tenantId, {
      type: 'OnboardTenant',
      data: {
        tenantId,
        ...profile,
        desks,
        template: loadTemplate(templateName),
        idTaken: DEMO_TENANTS.some((demo) => demo.id === tenantId),
        takenAddresses,
        identityProvider: identityProvider ?? null,
        ...this.providerFacts(others),
        by: principal.userId,
        at: this.now(),
      },
    });
  }

  /** Sets (or replaces) the OIDC provider the tenant's users sign in with. */
  async configureIdentityProvider(
    principal: Principal,
    correlationId: string,
    tenantId: string,
    identityProvider: IdentityProviderRequest,
  ): Promise<TenantRecord> {
    const others = (await this.all()).filter((tenant) => tenant.id !== tenantId);
    return this.run(principal, correlationId, tenantId, {
      type: 'ConfigureIdentityProvider',
      data: { identityProvider, ...this.providerFacts(others), by: principal.userId, at: this.now() },
    });
  }

  /** Its users sign in with the installation's issuer again; the provider's tokens are refused. */
  removeIdentityProvider(principal: Principal, correlationId: string, tenantId: string): Promise<TenantRecord> {
    return this.run(principal, correlationId, tenantId, { type: 'RemoveIdentityProvider', data: { by: principal.userId, at: this.now() } });
  }

  suspend(principal: Principal, correlationId: string, tenantId: string, reason: string): Promise<TenantRecord> {
    return this.run(principal, correlationId, tenantId, { type: 'SuspendTenant', data: { reason, by: principal.userId, at: this.now() } });
  }

  resume(principal: Principal, correlationId: string, tenantId: string): Promise<TenantRecord> {
    return this.run(principal, correlationId, tenantId, { type: 'ResumeTenant', data: { by: principal.userId, at: this.now() } });
  }

  async get(tenantId: string): Promise<TenantRecord> {
    const { state } = await this.handler.load(knownTenantStream(tenantId));
    if (state.status === 'none') throw new NotFound('Tenant', tenantId);
    return recordOf(state);
  }

  /** Every onboarded tenant, by id (the seeded demo tenants are not onboarded and not listed). */
  async list(): Promise<TenantRecord[]> {
    return (await this.all()).map(listed);
  }

  private providerFacts(others: readonly TenantDocument[]): IdentityProviderFacts {
    const issuers = others.flatMap((tenant) => (tenant.identityProvider ? [tenant.identityProvider.issuer] : []));
    return { takenIssuers: [this.installationIssuer, ...issuers], grantableRoles: TENANT_ROLES };
  }

  private async all(): Promise<TenantDocument[]> {
    const { items } = await this.tenants.find(PLATFORM_TENANT, { limit: MAX_LISTED });
    return items;
  }

  private async run(principal: Principal, correlationId: string, tenantId: string, command: TenantCommand): Promise<TenantRecord> {
    const context: CommandContext = { tenantId: PLATFORM_TENANT, actor: principal.userId, correlationId };
    const { state } = await this.handler.handle(knownTenantStream(tenantId), command, context);
    if (state.status === 'none') throw new NotFound('Tenant', tenantId);
    return recordOf(state);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
