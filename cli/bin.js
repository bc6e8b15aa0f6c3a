#!/usr/bin/env node
// `npx pims-link <command>`: runs the TypeScript CLI (cli/index.ts) through tsx's loader, so a
// checkout needs no build step. The tsconfig is named explicitly so the `@/` path alias
// resolves whatever the current folder is.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("./index.ts");
