#!/usr/bin/env bash
# Runs every check (lint, typecheck, unit, build, e2e) and ends with the line
# "N passed, N failed". Exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -d node_modules ]; then
  echo "=== node_modules missing: npm ci ==="
  npm ci
fi

ARTIFACTS=.test-artifacts
# Stale results would make the summary lie about this run.
rm -f "$ARTIFACTS/unit-results.json" "$ARTIFACTS/e2e-results.json"
mkdir -p "$ARTIFACTS/screenshots"

STAGE_ARGS=()
FAILED=0
# Keep going after a failure so the summary covers every stage.
run_stage() {
  local name=$1 rc=0
  shift
  echo
  echo "=== $name: $* ==="
  "$@" || rc=$?
  STAGE_ARGS+=(--stage "$name=$rc")
  [ "$rc" = 0 ] || FAILED=1
  return 0
}
skip_stage() {
  echo
  echo "=== $1: SKIPPED ($2) ==="
  STAGE_ARGS+=(--stage "$1=skipped")
  FAILED=1
}

CHROMIUM_OK=1
if CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"; then
  export CHROMIUM_PATH
  echo "Using Chromium: $CHROMIUM_PATH"
else
  CHROMIUM_OK=0
fi

run_stage lint npm run lint
run_stage typecheck npm run typecheck
run_stage unit npm run test:unit -- --reporter=default --reporter=json \
  "--outputFile.json=$ARTIFACTS/unit-results.json"
run_stage build npm run build

if [ "$CHROMIUM_OK" = 0 ]; then
  skip_stage e2e "no Chromium found, see message above"
elif [[ " ${STAGE_ARGS[*]} " == *" build=0 "* ]]; then
  run_stage e2e npm run test:e2e
else
  skip_stage e2e "build failed"
fi

SUMMARY_RC=0
node scripts/summarize-tests.mjs "${STAGE_ARGS[@]}" || SUMMARY_RC=$?
if [ "$SUMMARY_RC" != 0 ] || [ "$FAILED" != 0 ]; then
  exit 1
fi
