import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CODE_VERIFIER } from './authorization-codes';

/** The OAuth 2.0 authorization request (RFC 6749 §4.1.1) with its PKCE challenge (RFC 7636), S256 only. */
export class AuthorizeQueryDto {
  @IsIn(['code'])
  response_type!: 'code';

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  client_id!: string;

  @IsString()
  @MaxLength(500)
  redirect_uri!: string;

  /** base64url of a SHA-256 digest: 43 characters. */
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'code_challenge must be the base64url SHA-256 of the code verifier' })
  code_challenge!: string;

  @IsIn(['S256'])
  code_challenge_method!: 'S256';

  @IsOptional()
  @IsString()
  @MaxLength(500)
  state?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  scope?: string;
}

/** The sign-in form posts the authorization request back with the demo user's credentials. */
export class SignInFormDto extends AuthorizeQueryDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  tenant!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

/** The token request of the authorization code grant (RFC 6749 §4.1.3), public client with PKCE. */
export class TokenRequestDto {
  @IsIn(['authorization_code'])
  grant_type!: 'authorization_code';

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  code!: string;

  @IsString()
  @MaxLength(500)
  redirect_uri!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  client_id!: string;

  @Matches(CODE_VERIFIER, { message: 'code_verifier must be 43 to 128 unreserved characters' })
  code_verifier!: string;
}

export class ChangePasswordDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MaxLength(200)
  @Matches(/^.{8,}$/s, { message: 'newPassword must have at least 8 characters' })
  newPassword!: string;
}
