// A readable reference of an OpenAPI 3.1 document: each operation with its auth, parameters,
// request body and answers, and every schema as a table of fields. Server-rendered, no script.
type Json = Record<string, unknown>;
type Doc = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
};

const refName = (schema: unknown) =>
  typeof (schema as Json)?.$ref === "string" ? ((schema as Json).$ref as string).split("/").pop()! : null;
const anchor = (name: string) => `schema-${name.toLowerCase()}`;

function typeOf(schema: Json | undefined): React.ReactNode {
  if (!schema) return "any";
  const ref = refName(schema);
  if (ref)
    return (
      <a className="text-blue-700 underline" href={`#${anchor(ref)}`}>
        {ref}
      </a>
    );
  if (schema.type === "array") return <>array of {typeOf(schema.items as Json)}</>;
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    const options = (schema.oneOf ?? schema.anyOf) as Json[];
    return options.map((option, i) => (
      <span key={i}>
        {i > 0 ? " or " : ""}
        {typeOf(option)}
      </span>
    ));
  }
  const type = Array.isArray(schema.type)
    ? (schema.type as string[]).join(" | ")
    : ((schema.type as string) ?? (schema.const !== undefined ? JSON.stringify(schema.const) : "any"));
  return schema.format ? `${type} (${schema.format as string})` : type;
}

function rules(schema: Json): string {
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`one of ${(schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`);
  if (schema.const !== undefined) parts.push(`always ${JSON.stringify(schema.const)}`);
  if (schema.minLength !== undefined) parts.push(`at least ${schema.minLength as number} characters`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength as number} characters`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum as number}`);
  if (schema.maximum !== undefined && (schema.maximum as number) < 1e15) parts.push(`≤ ${schema.maximum as number}`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems as number} items`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems as number} items`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return [schema.description as string | undefined, parts.join("; ")].filter(Boolean).join(". ");
}

function Fields({ schema }: { schema: Json }) {
  const variants = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (variants) {
    return (
      <div className="space-y-3">
        <p className="text-sm">One of:</p>
        {variants.map((variant, i) => (
          <Fields key={i} schema={variant} />
        ))}
      </div>
    );
  }
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  if (Object.keys(properties).length === 0) return <p className="text-sm">{typeOf(schema)}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              field
            </th>
            <th scope="col" className="py-1 pr-3">
              type
            </th>
            <th scope="col" className="py-1 pr-3">
              required
            </th>
            <th scope="col" className="py-1">
              rules
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(properties).map(([name, property]) => (
            <tr key={name} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-3 font-mono">{name}</td>
              <td className="py-1 pr-3">{typeOf(property)}</td>
              <td className="py-1 pr-3">{required.has(name) ? "yes" : "no"}</td>
              <td className="py-1">{rules(property)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function bodySchema(part: Json | undefined): Json | undefined {
  return ((part?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema as Json | undefined;
}

export function ApiReference({ document, documentUrl }: { document: Doc; documentUrl: string }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-8 p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{document.info.title}</h1>
        <p className="text-sm text-slate-600">
          Version {document.info.version} · machine-readable:{" "}
          <a className="text-blue-700 underline" href={documentUrl}>
            OpenAPI 3.1 document
          </a>
        </p>
        {document.info.description ? <p className="max-w-3xl">{document.info.description}</p> : null}
        {Object.entries(document.components.securitySchemes).map(([name, scheme]) => (
          <p key={name} className="text-sm">
            <strong>Authentication:</strong> <code>Authorization: Bearer …</code>: {scheme.description as string}
          </p>
        ))}
      </header>
      <nav aria-label="Operations">
        <ul className="list-inside list-disc break-words text-sm">
          {operations.map(({ path, method, operation }) => (
            <li key={`${method} ${path}`}>
              <a className="text-blue-700 underline" href={`#${operation.operationId as string}`}>
                {method.toUpperCase()} {path}
              </a>{" "}
              {operation.summary as string}
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, method, operation }) => (
        <section
          key={`${method} ${path}`}
          id={operation.operationId as string}
          aria-labelledby={`${operation.operationId as string}-title`}
          className="space-y-3 rounded border border-slate-200 bg-white p-4"
        >
          <h2 id={`${operation.operationId as string}-title`} className="text-lg font-semibold">
            <span className="break-all font-mono">
              {method.toUpperCase()} {path}
            </span>
          </h2>
          <p>{operation.summary as string}</p>
          {operation.description ? <p className="text-sm text-slate-700">{operation.description as string}</p> : null}
          {Array.isArray(operation.parameters) && operation.parameters.length > 0 ? (
            <div>
              <h3 className="font-medium">Query parameters</h3>
              <Fields
                schema={{
                  properties: Object.fromEntries(
                    (operation.parameters as Json[]).map((p) => [p.name as string, p.schema as Json]),
                  ),
                  required: (operation.parameters as Json[]).filter((p) => p.required).map((p) => p.name),
                }}
              />
            </div>
          ) : null}
          {operation.requestBody ? (
            <p className="text-sm">
              <strong>Body:</strong> {typeOf(bodySchema(operation.requestBody as Json))} (JSON)
            </p>
          ) : null}
          <div>
            <h3 className="font-medium">Answers</h3>
            <ul className="text-sm">
              {Object.entries(operation.responses as Record<string, Json>).map(([status, response]) => (
                <li key={status}>
                  <span className="font-mono">{status}</span> {response.description as string}
                  {bodySchema(response) ? <> · {typeOf(bodySchema(response))}</> : null}
                </li>
              ))}
            </ul>
          </div>
        </section>
      ))}
      <section aria-labelledby="schemas-title" className="space-y-4">
        <h2 id="schemas-title" className="text-xl font-semibold">
          Schemas
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <div key={name} id={anchor(name)} className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h3 className="break-all font-mono text-base font-semibold">{name}</h3>
            <Fields schema={schema} />
          </div>
        ))}
      </section>
    </main>
  );
}
