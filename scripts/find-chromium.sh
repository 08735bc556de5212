#!/usr/bin/env bash
# Prints the path of a Chromium binary for Playwright on stdout.
# Usage: bash scripts/find-chromium.sh   (or source it: exports CHROMIUM_PATH)

_find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    if [ -f "$CHROMIUM_PATH" ] && [ -x "$CHROMIUM_PATH" ]; then
      echo "$CHROMIUM_PATH"
      return 0
    fi
    echo "find-chromium: CHROMIUM_PATH is set to '$CHROMIUM_PATH' but that is not an executable file." >&2
    echo "  Fix the path or unset CHROMIUM_PATH to auto-detect." >&2
    return 1
  fi

  if [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium
    return 0
  fi

  local name found
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if found="$(command -v "$name" 2>/dev/null)"; then
      echo "$found"
      return 0
    fi
  done

  if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
    echo "find-chromium: no Chromium found; installing Debian's 'chromium' package (running as root)..." >&2
    echo "+ apt-get update" >&2
    apt-get update >&2 || return 1
    echo "+ DEBIAN_FRONTEND=noninteractive apt-get install -y chromium" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2 || return 1
    if [ -x /usr/bin/chromium ]; then
      echo /usr/bin/chromium
      return 0
    fi
    echo "find-chromium: installed 'chromium' but /usr/bin/chromium is still missing." >&2
    return 1
  fi

  cat >&2 <<'MSG'
find-chromium: no Chromium/Chrome browser found.
The end-to-end tests need a local Chromium (Playwright's browser download is not used).
Do one of:
  - Debian/Ubuntu:  sudo apt-get install chromium   (Ubuntu may name it chromium-browser)
  - Fedora:         sudo dnf install chromium
  - macOS:          install Google Chrome, then
                    export CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  - Anywhere:       export CHROMIUM_PATH=/path/to/chrome
Then re-run the tests.
MSG
  return 1
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  _find_chromium
else
  # Sourced: export the result for the caller instead of exiting its shell.
  if _chromium_found="$(_find_chromium)"; then
    export CHROMIUM_PATH="$_chromium_found"
    echo "$CHROMIUM_PATH"
    unset _chromium_found
  else
    unset _chromium_found
    return 1
  fi
fi
