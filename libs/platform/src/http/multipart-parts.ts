import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ValidationFailed } from '@deskstream/kernel';

export interface MultipartUpload {
  /** The form field the file is expected in: the field the 400 names. */
  readonly field: string;
  /** What the file is, for the message ("the export", "the archive"). */
  readonly what: string;
  readonly limits: { readonly fileSize: number; readonly files: number };
}

/**
 * The parts of a multipart/form-data upload. A request that is not multipart, or whose multipart is
 * malformed (no boundary, a cut-off body), is a 400 naming the upload's field; the parser's own answers
 * (413 for a file over the size limit, ...) keep their status.
 */
export async function* multipartParts(request: FastifyRequest, upload: MultipartUpload): AsyncGenerator<Multipart> {
  const refuse = (message: string) => new ValidationFailed([{ field: upload.field, message }]);
  if (!request.isMultipart()) throw refuse(`send multipart/form-data with ${upload.what} as the file part`);
  try {
    for await (const part of request.parts({ limits: { ...upload.limits } })) yield part;
  } catch (error) {
    if (error instanceof Error && (error as { statusCode?: number }).statusCode === undefined) {
      throw refuse(`the multipart/form-data body is malformed (${error.message})`);
    }
    throw error;
  }
}
