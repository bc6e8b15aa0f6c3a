// Reads a multipart (or urlencoded) request body into FormData, refusing it once it passes a
// byte limit: a declared Content-Length over the limit is refused before reading, and a body
// without one (chunked) is counted as it streams, so an oversized upload never sits in memory whole.
import { UserFacingError } from "@/lib/errors";

export class PayloadTooLargeError extends UserFacingError {
  constructor(readonly limitBytes: number) {
    super(`The upload is larger than ${formatBytes(limitBytes)}.`, "invalid");
    this.name = "PayloadTooLargeError";
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export async function readLimitedFormData(request: Request, limitBytes: number): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limitBytes) throw new PayloadTooLargeError(limitBytes);
  if (!request.body) throw new UserFacingError("The upload is empty.");
  let seen = 0;
  let tooLarge = false;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limitBytes) {
          tooLarge = true;
          controller.error(new PayloadTooLargeError(limitBytes));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(counted, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    if (tooLarge) throw new PayloadTooLargeError(limitBytes);
    throw new UserFacingError("The upload could not be read. Choose the files again and retry.");
  }
}
