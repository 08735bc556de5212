#!/usr/bin/env bash
# npm run screenshots: builds the app, serves it locally and saves the README's pictures to docs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export CHROMIUM_PATH
npm run build
npx vite preview --port 4174 --strictPort --host 127.0.0.1 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
npx tsx scripts/capture-screenshots.ts http://127.0.0.1:4174/ docs/screenshots
