#!/usr/bin/env bash
# The README's test command: builds, then runs every suite — server tests on PGlite, web
# component tests, server tests again on PostgreSQL, browser tests against the built system — and ends with
# one summary line "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

results=.test-results
rm -rf "$results" && mkdir -p "$results"
status=0

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && ! node -e "
  const c = new (require('pg').Client)({ connectionString: process.env.XUNCHA_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres' });
  c.connect().then(() => c.end()).catch(() => process.exit(1));" 2>/dev/null; then
  echo "PostgreSQL is not reachable at 127.0.0.1:5432; the suite runs on both databases." >&2
  echo "Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or set XUNCHA_TEST_PG_URL." >&2
  exit 1
fi

echo "== build"
npm run build || exit 1

stage() {
  local name=$1; shift
  echo "== $name"
  if ! "$@" --reporter=default --reporter=json --outputFile="$results/$name.json"; then
    status=1
  fi
}

stage pglite env XUNCHA_TEST_DB=pglite npx vitest run --project server
stage web npx vitest run --project web
stage postgres env XUNCHA_TEST_DB=postgres npx vitest run --project server
stage e2e npx vitest run --project e2e

node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(process.argv[1] + "/" + f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + (r.numFailedTestSuites || 0);
    skipped += r.numPendingTests + (r.numTodoTests || 0);
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$results"
exit $status
