import { ApiOperation } from '@nestjs/swagger';
import { Controller, Get, Header } from '@nestjs/common';
import { Public } from './auth.decorators';
import { EmbeddedIssuer, type JsonWebKeySet } from './embedded-issuer';

/** The embedded issuer's OIDC face, at the root (see AUTH_PUBLIC_PATHS) where verifiers look for it. */
@Public()
@Controller('.well-known')
export class WellKnownController {
  constructor(private readonly issuer: EmbeddedIssuer) {}

  @Get('jwks.json')
  @ApiOperation({ summary: "The embedded issuer's public signing keys (JWKS)" })
  @Header('Cache-Control', 'public, max-age=300')
  jwks(): JsonWebKeySet {
    return this.issuer.jwks();
  }

  @Get('openid-configuration')
  @ApiOperation({ summary: "The embedded issuer's OpenID Connect discovery document" })
  @Header('Cache-Control', 'public, max-age=300')
  discovery(): Record<string, unknown> {
    return this.issuer.discovery();
  }
}
