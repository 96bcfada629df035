import { Body, Controller, Post } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Public } from './auth.decorators';
import { demoPrincipal } from './demo-directory';
import { EmbeddedIssuer } from './embedded-issuer';
import type { Role } from './principal';

export class IssueDevTokenDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  tenant!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  user!: string;
}

export interface DevTokenResponse {
  token: string;
  tokenType: 'Bearer';
  expiresIn: number;
  tenant: string;
  user: string;
  roles: readonly Role[];
}

/** Signs in as a seeded demo user without a password. Registered only in the embedded mode. */
@Public()
@Controller('dev')
export class DevTokenController {
  constructor(private readonly issuer: EmbeddedIssuer) {}

  @Post('token')
  async issue(@Body() body: IssueDevTokenDto): Promise<DevTokenResponse> {
    const principal = demoPrincipal(body.tenant, body.user);
    return {
      token: await this.issuer.sign(principal),
      tokenType: 'Bearer',
      expiresIn: this.issuer.ttlSeconds,
      tenant: principal.tenantId,
      user: principal.userId,
      roles: principal.roles,
    };
  }
}
