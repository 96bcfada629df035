import { createHash } from 'node:crypto';

/**
 * The incident id of a source ticket: derived from the source and its number, so every import of the
 * same desk finds the same stream (a second import adds to it instead of opening a twin). Shaped like
 * a name-based UUID (version 5 layout over SHA-1).
 */
export function importedIncidentId(source: string, number: string): string {
  const hex = createHash('sha1').update(`deskstream-import:${source}:${number}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
