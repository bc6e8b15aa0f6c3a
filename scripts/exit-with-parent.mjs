// Preloaded (node --import) into the web server and the worker that `npm start` runs: if the start
// script dies without a chance to stop them (SIGKILL, OOM), they exit too instead of holding the
// port and serving on as orphans nobody supervises, so the next `npm start` finds the port free.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 500).unref();
