// `npm run api:types`: regenerates the agent API's client types from its OpenAPI document, so a
// schema change that breaks the document breaks the agent simulator's typecheck.
import { writeFileSync } from "node:fs";
import { agentApiTypes, GENERATED_TYPES_FILE } from "../lib/api-docs/client-types";

writeFileSync(GENERATED_TYPES_FILE, await agentApiTypes());
console.log(`wrote ${GENERATED_TYPES_FILE}`);
