// The links page's three lists: merged pairs (with unmerge), home-delivery clients left
// unmatched with every pet they have, and pairs marked "not the same person".
import Link from "next/link";
import { formatInZone } from "@/lib/format/dates";
import type { MergedRow, RejectedRow, UnmatchedRow } from "@/lib/merge/review/queries";
import { RULE_LABELS } from "@/lib/merge/review/view";
import { ScoreText } from "./score-text";
import { UnmergeButton } from "./unmerge-button";

const th = "py-2 pr-3 text-left font-semibold text-slate-700";
const td = "py-2 pr-3 align-top";
const id = (value: string) => <span className="block text-xs text-slate-500">{value}</span>;

export function MergedTable({ practiceId, rows, timeZone }: { practiceId: string; rows: MergedRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No merged pair matches.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Merged pairs, newest decision first</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>
              Home-delivery client
            </th>
            <th scope="col" className={th}>
              PIMS client
            </th>
            <th scope="col" className={`${th} text-right`}>
              Score
            </th>
            <th scope="col" className={th}>
              Merged by
            </th>
            <th scope="col" className={th}>
              When
            </th>
            <th scope="col" className={th}>
              Pets
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const auto = row.decidedBy === "engine";
            return (
              <tr key={row.hdClientId} className="border-b border-slate-100">
                <td className={td}>
                  {row.hdName || "(no name)"}
                  {id(row.hdClientId)}
                </td>
                <td className={td}>
                  {row.pimsName || "(no name)"}
                  {id(row.pimsClientId)}
                </td>
                <td className={`${td} text-right`}>
                  <ScoreText score={row.score} />
                </td>
                <td className={td}>
                  {auto ? "Engine (automatic)" : `Staff: ${row.reviewer ?? row.decidedBy}`}
                  {row.rule && (
                    <span className="block text-xs text-slate-600">{`rule: ${RULE_LABELS[row.rule] ?? row.rule}`}</span>
                  )}
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatInZone(row.decidedAt, timeZone)}</td>
                <td className={td}>
                  {row.petLinks === 0 && row.unlinkedPets === 0 ? (
                    <span className="text-slate-500">(no home-delivery pets)</span>
                  ) : (
                    `${row.petLinks} linked`
                  )}
                  {row.unlinkedPets > 0 && (
                    <span className="block text-xs text-slate-600">{`${row.unlinkedPets} home-delivery pet${row.unlinkedPets === 1 ? "" : "s"} on their own`}</span>
                  )}
                </td>
                <td className={td}>
                  <UnmergeButton
                    practiceId={practiceId}
                    hdClientId={row.hdClientId}
                    pair={`${row.hdName} (${row.hdClientId}) and ${row.pimsName} (${row.pimsClientId})`}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function UnmatchedList({ practiceId, rows }: { practiceId: string; rows: UnmatchedRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No unmatched home-delivery client matches.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Home-delivery clients without a PIMS match, with their pets</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>
              Home-delivery client
            </th>
            <th scope="col" className={th}>
              Address
            </th>
            <th scope="col" className={th}>
              Contact
            </th>
            <th scope="col" className={th}>
              Pets
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Link by hand</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.hdClientId} className="border-b border-slate-100">
              <td className={td}>
                {row.name}
                {id(row.hdClientId)}
              </td>
              <td className={td}>{[row.street, row.cityState, row.zip].filter(Boolean).join(", ") || "(none)"}</td>
              <td className={td}>{[row.phone, row.email].filter(Boolean).join(" · ") || "(none)"}</td>
              <td className={td}>
                {row.pets.length === 0 ? (
                  <span className="text-slate-500">(no pets)</span>
                ) : (
                  <ul className="space-y-0.5">
                    {row.pets.map((pet) => (
                      <li key={pet.id}>
                        <span className="font-medium">{pet.name}</span>
                        <span className="text-xs text-slate-600">{` · ${[pet.species, pet.breed, pet.birthDate && `born ${pet.birthDate}`].filter(Boolean).join(" · ") || "no details"}`}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={td}>
                <Link
                  href={`/practices/${practiceId}/merge/clients/${encodeURIComponent(row.hdClientId)}`}
                  className="whitespace-nowrap text-brand-700 underline"
                >
                  Link by hand<span className="sr-only">{`: ${row.name}`}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RejectedTable({ rows, timeZone }: { rows: RejectedRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No pair matches.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Pairs marked not the same person, newest first</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>
              Home-delivery client
            </th>
            <th scope="col" className={th}>
              PIMS client
            </th>
            <th scope="col" className={th}>
              Decided by
            </th>
            <th scope="col" className={th}>
              When
            </th>
            <th scope="col" className={th}>
              Note
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.hdClientId}|${row.pimsClientId}`} className="border-b border-slate-100">
              <td className={td}>
                {row.hdName || "(no name)"}
                {id(row.hdClientId)}
              </td>
              <td className={td}>
                {row.pimsName || "(no name)"}
                {id(row.pimsClientId)}
              </td>
              <td className={td}>{row.reviewer ?? "Engine"}</td>
              <td className={`${td} whitespace-nowrap`}>{formatInZone(row.createdAt, timeZone)}</td>
              <td className={td}>{row.note ?? <span className="text-slate-500">(none)</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
