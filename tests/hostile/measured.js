'use strict';
// Runs `npo-check` as bin/npo-check.js does and, as the process ends, writes its peak resident
// memory (kB) to the file NPO_RSS_FILE names: the hostile corpus's memory bound is measured on
// the very process that read the file.
const fs = require('node:fs');

process.on('exit', () => {
  if (process.env.NPO_RSS_FILE) fs.writeFileSync(process.env.NPO_RSS_FILE, String(process.resourceUsage().maxRSS));
});
require('../../bin/npo-check.js');
