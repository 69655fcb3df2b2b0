/**
 * Preloaded into the command line when the bench runs it (`node -r build/scripts/bench-rss.js
 * bin/npo-check.js ...`): on exit, writes the process's peak resident memory, in bytes, to the
 * file NPO_BENCH_RSS_FILE names. Leaves npo-check itself untouched, on any platform.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.NPO_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
}
