// SQL fragments and paging shared by the link-table reads.
import { Prisma } from "@/lib/generated/prisma/client";

export const LINKS_PAGE_SIZE = 25;

export const fullName = (first: Prisma.Sql, last: Prisma.Sql) =>
  Prisma.sql`trim(coalesce(${first}, '') || ' ' || coalesce(${last}, ''))`;

/** An ILIKE pattern matching `q` anywhere, with LIKE's wildcards escaped. */
export const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const joinLine = (...parts: (string | null)[]) => parts.filter((p) => p && p.trim() !== "").join(", ") || null;
