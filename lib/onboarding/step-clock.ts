// The step clock across a hold: a hold pauses the current step's clock and keeps what was
// already used; resume restarts it where it stopped. The deadline distance is kept in elapsed
// seconds (negative when the step was already late), so "late by 1 d 3 h" is still late by
// 1 d 3 h after resume, and the time on hold is counted apart (Practice.holdSeconds).
// Pure: transition() applies the result inside its transaction.

export type RunningClock = { statusChangedAt: Date; dueAt: Date | null };
export type PausedClock = { clockUsedSeconds: number; clockRemainingSeconds: number | null };

const seconds = (ms: number) => Math.round(ms / 1000);

/** What a hold keeps of the running step clock at `now`. */
export function pauseClock(clock: RunningClock, now: Date): PausedClock {
  return {
    clockUsedSeconds: Math.max(0, seconds(now.getTime() - clock.statusChangedAt.getTime())),
    clockRemainingSeconds: clock.dueAt ? seconds(clock.dueAt.getTime() - now.getTime()) : null,
  };
}

/**
 * The step clock on resume at `now` after a hold that began at `heldAt`: the step counts as
 * entered `used` seconds ago (so its age leaves the hold out) and its deadline is as far away
 * (or as far past) as it was when the hold began.
 */
export function resumeClock(paused: PausedClock, heldAt: Date, now: Date): RunningClock & { heldSeconds: number } {
  return {
    statusChangedAt: new Date(now.getTime() - paused.clockUsedSeconds * 1000),
    dueAt: paused.clockRemainingSeconds === null ? null : new Date(now.getTime() + paused.clockRemainingSeconds * 1000),
    heldSeconds: Math.max(0, seconds(now.getTime() - heldAt.getTime())),
  };
}
