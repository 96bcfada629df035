import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError, ValidationFailed } from '@deskstream/kernel';
import { AUTH_CONFIG, type AuthConfig } from './auth.config';
import { Public } from './auth.decorators';
import { AuthorizationCodes } from './authorization-codes';
import { DemoCredentials } from './demo-credentials';
import { SignInDirectory } from './sign-in-directory';
import { EmbeddedIssuer } from './embedded-issuer';
import { AuthorizeQueryDto, SignInFormDto, TokenRequestDto } from './oauth.dto';
import { SIGN_IN_POLICY, signInPage } from './sign-in-page';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** RFC 6749 §5.2: the token endpoint says what was wrong in `error`, here inside a problem. */
class InvalidGrant extends DomainError {
  readonly code = 'validation-failed';
  constructor(description: string) {
    super(description, { error: 'invalid_grant', error_description: description });
  }
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/**
 * The authorization code flow with PKCE (RFC 6749 §4.1, RFC 7636) on the built-in issuer: what a
 * browser app uses to sign in a demo user with a password, without ever seeing a client secret.
 * Redirect URIs are this issuer's own origin or a loopback address (RFC 8252 §7.3 for native apps).
 */
@ApiExcludeController()
@Public()
@Controller('oauth')
export class OAuthController {
  private readonly issuerOrigin: string;

  constructor(
    private readonly issuer: EmbeddedIssuer,
    private readonly credentials: DemoCredentials,
    private readonly codes: AuthorizationCodes,
    private readonly signIns: SignInDirectory,
    @Inject(AUTH_CONFIG) config: AuthConfig,
  ) {
    this.issuerOrigin = new URL(config.issuer).origin;
  }

  @Get('authorize')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', SIGN_IN_POLICY)
  @Header('cache-control', 'no-store')
  authorize(@Query() query: AuthorizeQueryDto): string {
    this.checkRedirectUri(query.redirect_uri);
    return signInPage(query);
  }

  @Post('authorize')
  async signIn(@Body() form: SignInFormDto, @Res() reply: FastifyReply): Promise<void> {
    const { tenant, username, password, ...request } = form;
    const target = this.checkRedirectUri(request.redirect_uri);
    const principal = await this.signIns.knows(tenant, username);
    if (!(await this.credentials.verify(tenant, username, password, principal !== null)) || !principal) {
      await reply
        .status(401)
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', SIGN_IN_POLICY)
        .send(signInPage(request, 'Wrong desk, user or password.'));
      return;
    }
    const code = await this.codes.issue({
      principal,
      clientId: request.client_id,
      redirectUri: request.redirect_uri,
      codeChallenge: request.code_challenge,
    });
    target.searchParams.set('code', code);
    if (request.state !== undefined) target.searchParams.set('state', request.state);
    await reply.status(302).header('location', target.toString()).header('cache-control', 'no-store').send();
  }

  @Post('token')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  async token(@Body() body: TokenRequestDto): Promise<TokenResponse> {
    const principal = await this.codes.redeem(body.code, {
      clientId: body.client_id,
      redirectUri: body.redirect_uri,
      codeVerifier: body.code_verifier,
    });
    if (typeof principal === 'string') throw new InvalidGrant(principal);
    return { access_token: await this.issuer.sign(principal), token_type: 'Bearer', expires_in: this.issuer.ttlSeconds };
  }

  /** A code only ever travels to this origin or to the caller's own machine. */
  private checkRedirectUri(redirectUri: string): URL {
    let url: URL;
    try {
      url = new URL(redirectUri);
    } catch {
      throw new ValidationFailed([{ field: 'redirect_uri', message: 'redirect_uri must be an absolute URL' }]);
    }
    const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
    if (!loopback && url.origin !== this.issuerOrigin) {
      throw new ValidationFailed([{ field: 'redirect_uri', message: 'redirect_uri must be on this issuer or a loopback address' }]);
    }
    if (url.hash) throw new ValidationFailed([{ field: 'redirect_uri', message: 'redirect_uri must not have a fragment' }]);
    return url;
  }
}
