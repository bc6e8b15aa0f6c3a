import { describe, expect, it } from "vitest";
import { formatBytes, PayloadTooLargeError, readLimitedFormData } from "./limited-form-data";

function multipart(size: number) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(size).fill(65)], "a.csv"));
  return new Request("http://x/upload", { method: "POST", body: form });
}

/** The same body without Content-Length (as a chunked upload arrives). */
async function chunked(request: Request) {
  const bytes = new Uint8Array(await request.arrayBuffer());
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
      controller.close();
    },
  });
  return new Request("http://x/upload", {
    method: "POST",
    body,
    headers: { "content-type": request.headers.get("content-type")! },
    duplex: "half",
  } as RequestInit);
}

describe("readLimitedFormData", () => {
  it("reads a body under the limit", async () => {
    const form = await readLimitedFormData(multipart(5_000), 10_000);
    expect((form.get("file") as File).size).toBe(5_000);
    const streamed = await readLimitedFormData(await chunked(multipart(5_000)), 10_000);
    expect((streamed.get("file") as File).size).toBe(5_000);
  });

  it("refuses a body over the limit, declared or streamed", async () => {
    await expect(readLimitedFormData(multipart(20_000), 10_000)).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(readLimitedFormData(await chunked(multipart(20_000)), 10_000)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it("answers a clear message for a body that is not a form", async () => {
    const request = new Request("http://x/upload", {
      method: "POST",
      body: "hello",
      headers: { "content-type": "multipart/form-data; boundary=zzz" },
    });
    await expect(readLimitedFormData(request, 10_000)).rejects.toThrow(
      "The upload could not be read. Choose the files again and retry.",
    );
  });

  it("formats sizes", () => {
    expect([formatBytes(20 * 1024 * 1024), formatBytes(1536 * 1024), formatBytes(2048), formatBytes(12)]).toEqual([
      "20 MB",
      "1.5 MB",
      "2 KB",
      "12 bytes",
    ]);
  });
});
