// Every problem the import found, one table row each: which file, which data row, which column,
// and what is wrong; the ones past the listing cap are counted.
import type { ImportProblem } from "@/lib/home-delivery/import";
import { formatCount } from "@/lib/format/numbers";

export function UploadProblems({ problems, more }: { problems: ImportProblem[]; more: number }) {
  return (
    <div className="mt-3">
      <div className="max-h-96 overflow-auto rounded border border-red-200 bg-white">
        <table className="w-full text-left text-sm text-slate-900">
          <caption className="sr-only">Problems found in the uploaded files</caption>
          <thead className="sticky top-0 bg-red-50 text-xs text-red-900">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                File
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Row
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Column
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Problem
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} className="border-t border-red-100 align-top">
                <td className="whitespace-nowrap px-3 py-1.5">
                  <code>{p.file}</code>
                </td>
                <td className="whitespace-nowrap px-3 py-1.5">{p.row ?? "whole file"}</td>
                <td className="whitespace-nowrap px-3 py-1.5">{p.column ? <code>{p.column}</code> : "—"}</td>
                {/* A whole-file problem may name a line (a broken quote, say): keep it. */}
                <td className="px-3 py-1.5">
                  {p.row === null ? p.message.slice(p.file.length).replace(/^[:\s]+/, "") : p.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p className="mt-2">
          …and {formatCount(more)} more problem{more === 1 ? "" : "s"} not listed.
        </p>
      )}
      <p className="mt-2 text-xs">Rows count data lines: row 1 is the first line after the header.</p>
    </div>
  );
}
