// "7 to review": home-delivery/PIMS pairs of a practice waiting for a person, linking straight
// to its merge review queue. Plain <a> and one string, like the rest of the board card.
export function ReviewBadge({ practiceId, count, practiceName }: { practiceId: string; count: number; practiceName: string }) {
  return (
    <a href={`/practices/${practiceId}/merge`} className="inline-flex rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 hover:underline">
      {`${count.toLocaleString("en-US")} to review`}
      <span className="sr-only">{`: client merges of ${practiceName}`}</span>
    </a>
  );
}
