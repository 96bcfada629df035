import { plainToInstance } from 'class-transformer';
import { Equals, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, validateSync } from 'class-validator';
import type { FieldError } from '@deskstream/kernel';
import { fieldErrors } from '@deskstream/platform';
import { MAX_MESSAGE_LENGTH, MAX_NOTES_LENGTH, MAX_SUBJECT_LENGTH } from './domain/chat-session.decider';

/** Frames a client sends over the socket, validated like HTTP bodies: unknown fields are refused. */

export class StartFrame {
  @Equals('start') type!: 'start';
  @IsString() @IsNotEmpty() @MaxLength(MAX_SUBJECT_LENGTH) subject!: string;
}

export class MessageFrame {
  @Equals('message') type!: 'message';
  @IsString() @IsNotEmpty() @MaxLength(MAX_MESSAGE_LENGTH) text!: string;
}

export class JoinFrame {
  @Equals('join') type!: 'join';
  @IsString() @IsNotEmpty() @MaxLength(100) sessionId!: string;
}

/** How the agent classifies the ticket; the chat's subject is the short description unless given. */
export class ClassificationFields {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) shortDescription?: string;
  @IsOptional() @IsString() @MaxLength(MAX_NOTES_LENGTH) description?: string;
  @IsOptional() @IsInt() @Min(1) @Max(3) impact?: number;
  @IsOptional() @IsInt() @Min(1) @Max(3) urgency?: number;
  @IsOptional() @IsString() @MaxLength(100) category?: string;
  @IsOptional() @IsString() @MaxLength(100) subcategory?: string;
  @IsOptional() @IsString() @MaxLength(100) service?: string;
}

export class ConvertFrame extends ClassificationFields {
  @Equals('convert') type!: 'convert';
}

export class ResolveFirstContactFrame extends ClassificationFields {
  @Equals('resolve-first-contact') type!: 'resolve-first-contact';
  @IsString() @IsNotEmpty() @MaxLength(MAX_NOTES_LENGTH) notes!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) closingCategory!: string;
}

export class CloseFrame {
  @Equals('close') type!: 'close';
}

export type ClientFrame = StartFrame | MessageFrame | JoinFrame | ConvertFrame | ResolveFirstContactFrame | CloseFrame;

const FRAME_CLASSES = {
  start: StartFrame,
  message: MessageFrame,
  join: JoinFrame,
  convert: ConvertFrame,
  'resolve-first-contact': ResolveFirstContactFrame,
  close: CloseFrame,
} as const;

export const FRAME_TYPES = Object.keys(FRAME_CLASSES) as (keyof typeof FRAME_CLASSES)[];

export type ParsedFrame = { readonly frame: ClientFrame } | { readonly errors: FieldError[] };

/** One text frame as a typed client frame, or every reason it is not one. */
export function parseFrame(raw: string): ParsedFrame {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { errors: [{ field: '$', message: 'frame is not valid JSON' }] };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { errors: [{ field: '$', message: 'frame must be a JSON object' }] };
  const type = (body as { type?: unknown }).type;
  if (typeof type !== 'string' || !(type in FRAME_CLASSES)) {
    return { errors: [{ field: 'type', message: `type must be one of: ${FRAME_TYPES.join(', ')}` }] };
  }
  const frameClass: new () => ClientFrame = FRAME_CLASSES[type as keyof typeof FRAME_CLASSES];
  const frame = plainToInstance(frameClass, body as object);
  const errors = fieldErrors(validateSync(frame, { whitelist: true, forbidNonWhitelisted: true }));
  return errors.length > 0 ? { errors } : { frame };
}
