import { isIPv4 } from 'node:net';
import { ApiCreatedResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Body, Controller, Post, Req } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { Forbidden } from '@deskstream/kernel';
import { Public } from './auth.decorators';
import { EmbeddedIssuer } from './embedded-issuer';
import type { Role } from './principal';
import { SignInDirectory } from './sign-in-directory';

export class IssueDevTokenDto {
  @ApiProperty({ example: 'acme' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  tenant!: string;

  @ApiProperty({ example: 'agent', description: 'A demo user (each is named after its role), or a user of an onboarded tenant' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  user!: string;
}

export class DevTokenResponse {
  @ApiProperty() token!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ type: 'integer', description: 'Seconds' }) expiresIn!: number;
  @ApiProperty() tenant!: string;
  @ApiProperty() user!: string;
  @ApiProperty({ type: [String] }) roles!: readonly Role[];
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses (a dual-stack listener reports those). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIPv4(v4)) return v4.startsWith('127.');
  return address === '::1';
}

/**
 * Signs in as a seeded demo user without a password. Registered only in the embedded mode, and
 * answers only clients on this machine: the address is the socket's, never a forwarded header.
 */
@Public()
@Controller('dev')
export class DevTokenController {
  constructor(
    private readonly issuer: EmbeddedIssuer,
    private readonly signIns: SignInDirectory,
  ) {}

  @Post('token')
  @ApiCreatedResponse({ type: DevTokenResponse })
  @ApiOperation({ summary: 'Embedded mode, loopback only: a token for a seeded user or a user of an onboarded tenant' })
  async issue(@Body() body: IssueDevTokenDto, @Req() request: FastifyRequest): Promise<DevTokenResponse> {
    if (!isLoopback(request.raw.socket.remoteAddress)) {
      throw new Forbidden('Dev tokens are handed out only to clients on this machine; from elsewhere, sign in with a password through /oauth/authorize');
    }
    const principal = await this.signIns.principalOf(body.tenant, body.user);
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
