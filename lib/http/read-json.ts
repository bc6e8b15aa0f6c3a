// Reads a JSON request body under a byte limit and parses it with a zod schema. A declared
// Content-Length over the limit is refused before reading; a body without one is counted as it
// streams and dropped once it passes the limit. Too large -> 413, not JSON or not the schema -> 400.
import { z } from "zod";
import { HttpError } from "./errors";

export type JsonBodySpec<S extends z.ZodType> = {
  schema: S;
  maxBytes: number;
  /** What the body is, in the messages: "batch" gives "batch is over the ... limit". */
  noun?: string;
  /** Said after a too-large message, e.g. ": send smaller batches". */
  tooLargeHint?: string;
  /** The message of a body that is JSON but not the schema, e.g. "invalid batch". */
  invalid: string;
};

export async function readJsonBody<S extends z.ZodType>(request: Request, spec: JsonBodySpec<S>): Promise<z.output<S>> {
  const noun = spec.noun ?? "body";
  const hint = spec.tooLargeHint ?? "";
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > spec.maxBytes)
    throw new HttpError(413, `${noun} is ${declared} bytes; the limit is ${spec.maxBytes} bytes${hint}`);
  const text = await readText(request, spec.maxBytes);
  if (text === null) throw new HttpError(413, `${noun} is over the ${spec.maxBytes}-byte limit${hint}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, "body is not valid JSON");
  }
  const parsed = spec.schema.safeParse(json);
  if (!parsed.success) throw new HttpError(400, spec.invalid, z.flattenError(parsed.error).fieldErrors);
  return parsed.data;
}

/** The body as text, or null once it passes `maxBytes`. */
async function readText(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
