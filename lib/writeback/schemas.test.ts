// The shipment report's shipped_at becomes the date printed on the PIMS line: a year-0000 value
// once wrote "12/31/2" there. Only a sane range is taken; NUL never reaches the database.
import { describe, expect, it } from "vitest";
import { ackRequestSchema, shipmentRequestSchema, shipmentSchema } from "./schemas";

const report = (extra: Record<string, unknown>) => ({ order_number: "HD-1", carrier: "UPS", tracking_number: "1Z999", ...extra });

describe("shipment and ack inputs", () => {
  it.each(["0000-12-31T00:00:00Z", "0002-12-31T23:00:00-05:00", "1999-01-01T00:00:00Z", "9999-01-01T00:00:00Z"])(
    "refuses shipped_at %s",
    (shipped) => {
      const parsed = shipmentRequestSchema.safeParse(report({ shipped_at: shipped }));
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toMatch(/shipped_at is (before|after)/);
    },
  );

  it("takes a shipment of today", () => {
    expect(shipmentRequestSchema.safeParse(report({ shipped_at: new Date().toISOString() })).success).toBe(true);
    expect(
      shipmentSchema.safeParse({ orderNumber: "HD-1", carrier: "UPS", trackingNumber: "1Z999", shippedAt: "0000-01-01" }).success,
    ).toBe(false);
  });

  it("refuses NUL and broken Unicode in text the database stores", () => {
    expect(shipmentRequestSchema.safeParse(report({ carrier: "UP\u0000S" })).success).toBe(false);
    expect(
      ackRequestSchema.safeParse({ acks: [{ id: "a\u0000", lease_id: "l", result: "written", pims_line_id: "1" }] }).success,
    ).toBe(false);
    expect(ackRequestSchema.safeParse({ acks: [{ id: "a", lease_id: "l", result: "failed", reason: "x\udc00" }] }).success).toBe(
      false,
    );
  });
});
