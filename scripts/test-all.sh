#!/usr/bin/env bash
# The one test command (`npm run test:all`, also what .ci/run runs): on a Debian machine with only
# Node 20+ and npm, install the system packages the tests need when they are missing, install the
# npm packages when they are missing or out of date, then run every test (`npm test`).
#
# Without root it installs nothing: it prints the one command that installs what is missing and
# exits with code 1, so a developer's machine is never changed behind their back.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages for the tests: LibreOffice Calc recalculates the report workbooks' formulas as a
# real spreadsheet program (tests/integration/libreoffice.test.ts); poppler-utils (pdftoppm,
# pdfinfo) turns its PDFs into PNGs; Carlito is Calibri's metric twin, so renders of ExcelJS's
# default font keep Excel's column widths; DejaVu is the fallback font (a machine without any font
# cannot render a PDF). Debian's chromium runs the task pane's end-to-end tests (tests/e2e/)
# through playwright-core, headless. --no-install-recommends keeps it to about 60 packages.
APT_PACKAGES=(libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito fonts-dejavu-core chromium)

node_major=$(node -p 'Number(process.versions.node.split(".")[0])')
if [ "$node_major" -lt 20 ]; then
  echo "Node $(node --version) is too old: the tests need Node 20 or later." >&2
  exit 1
fi

missing=()
if command -v dpkg-query >/dev/null; then
  for package in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
else
  # Not Debian: judge by the programs the tests start (fonts cannot be checked this way).
  command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing for the tests: ${missing[*]} (Debian package names; CHROMIUM_PATH may point at another Chromium)." >&2
    exit 1
  fi
fi

# Retries because a mirror caught mid-sync fails an update now and then; a real 'no' fails 3 times.
apt_quiet() {
  local log
  log=$(mktemp)
  for attempt in 1 2 3; do
    if DEBIAN_FRONTEND=noninteractive apt-get -qq -o=Dpkg::Use-Pty=0 "$@" >"$log" 2>&1; then
      rm -f "$log"
      return 0
    fi
    echo "apt-get $1 failed (attempt $attempt):" >&2
    tail -n 20 "$log" >&2
    sleep $((attempt * 5))
  done
  rm -f "$log"
  return 1
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present: ${APT_PACKAGES[*]}"
elif [ "$(id -u)" -eq 0 ]; then
  started=$SECONDS
  apt_quiet update
  apt_quiet install -y --no-install-recommends "${missing[@]}"
  echo "Installed ${missing[*]} in $((SECONDS - started)) s"
else
  echo "The tests need these Debian packages, not yet installed: ${missing[*]}" >&2
  echo "Install them with this one command, then run 'npm run test:all' again:" >&2
  echo >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

# npm ci when node_modules is missing or does not match package-lock.json (npm ls says so).
if [ -d node_modules ] && npm ls --all >/dev/null 2>&1; then
  echo "node_modules matches package-lock.json: no npm ci"
else
  npm ci --no-audit --no-fund
fi

npm test
