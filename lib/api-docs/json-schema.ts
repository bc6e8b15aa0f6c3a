// zod schemas to the JSON Schema (2020-12) components of an OpenAPI 3.1 document, with zod's
// own z.toJSONSchema. Two adjustments, both read from the schemas' own modules: contract fields
// say what JSON they accept (lib/contracts/fields.ts: zod cannot see through a preprocess), and
// a schema may name a component for its items (`itemsAre`), e.g. a batch's records, which the
// route validates one by one as `unknown` so one bad record is rejected alone.
import { z } from "zod";
import { fieldDocs } from "@/lib/contracts/fields";

type Json = Record<string, unknown>;

/** Items of this array schema are documented as the named component. */
export const itemsAre = z.registry<{ component: string }>();

export const componentRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function override(ctx: { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema }) {
  const json = ctx.jsonSchema as Json;
  const field = fieldDocs.get(ctx.zodSchema as z.ZodType);
  if (field) {
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, field.json);
    return;
  }
  const items = itemsAre.get(ctx.zodSchema as z.ZodType);
  if (items) json.items = componentRef(items.component);
  if (ctx.zodSchema instanceof z.ZodObject && Array.isArray(json.required)) {
    const shape = ctx.zodSchema.shape as Record<string, z.ZodType>;
    json.required = (json.required as string[]).filter((key) => !fieldDocs.get(shape[key])?.optional);
    if ((json.required as string[]).length === 0) delete json.required;
  }
}

/** Components for the named schemas, as the request side (io "input") or the answer side ("output") sees them. */
export function componentsOf(named: Record<string, z.ZodType>, io: "input" | "output"): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
    override,
  });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Json;
    out[id] = rest;
  }
  return out;
}
