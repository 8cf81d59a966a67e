#!/usr/bin/env bash
# Installs everything the tests need and runs every test. Used by the README and by .ci/run.
# Safe to run again: every step is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=${BINDESK_VENV:-$ROOT/.venv}

# 1. System packages: Qt's runtime libraries (offscreen and X11), fonts, Xvfb, poppler,
#    PostgreSQL (lists in scripts/system-packages.sh, shared with scripts/run.sh).
. scripts/system-packages.sh
# shellcheck disable=SC2086
apt_install $TEST_PACKAGES || echo "!! tests that need them will say so"

# 2. Python environment.
venv_install "$VENV" ".[test]"

# 2b. The desk's window needs Qt's xcb platform plugin to find every library it links.
if [ "$(uname -s)" = Linux ]; then
  echo "== ldd on Qt's xcb platform plugin"
  xcb=$("$VENV/bin/python" -c 'import pathlib, PySide6; print(next(pathlib.Path(PySide6.__file__).parent.glob("Qt/plugins/platforms/libqxcb.so")))')
  if ldd "$xcb" | grep "not found"; then echo "!! the desk cannot open a window: see above"; exit 1; fi
fi

# 3. A real PostgreSQL server for the PostgreSQL tests (skipped with a reason when unavailable).
if [ -z "${BINDESK_TEST_PG_URL:-}" ]; then
  if url=$(scripts/start-postgres.sh 2>/dev/null); then
    export BINDESK_TEST_PG_URL="$url"
    echo "== PostgreSQL for tests: ${url%%@*}@…"
  else
    echo "!! no PostgreSQL server could be started: PostgreSQL tests will be skipped"
  fi
fi

# 4. Static checks: lint, formatting of hand-written code, layer contracts.
echo "== ruff"; "$VENV/bin/ruff" check . && "$VENV/bin/ruff" format --check .
echo "== import contracts"; "$VENV/bin/lint-imports"
echo "== mypy (strict: domain, services, db, sms)"; "$VENV/bin/mypy"

# 5. Every test (offscreen Qt), four workers on two cores: the suite mostly waits (emulated
#    modems, time-outs, servers; ~20 % CPU per worker), so four workers halve the wall time
#    (16 min -> 9 min on this 2-core machine).
export QT_QPA_PLATFORM=offscreen
echo "== pytest"
exec "$VENV/bin/python" -m pytest -n 4 --dist loadgroup -q "$@"
