#!/usr/bin/env bash
# Installs everything the tests need and runs every test. Used by the README and by .ci/run.
# Safe to run again: every step is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=${BINDESK_VENV:-$ROOT/.venv}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# 1. System packages: Qt's runtime libraries, fonts, poppler (PDF to PNG), PostgreSQL.
PKGS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils postgresql"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ] && command -v apt-get >/dev/null; then
  echo "== apt-get install$missing"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "!! could not install$missing (no root?): tests that need them will say so"
fi

# 2. Python environment.
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
"$VENV/bin/python" -m pip install -q -e ".[test]"

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
echo "== ruff"; "$VENV/bin/ruff" check .
echo "== import contracts"; "$VENV/bin/lint-imports"
echo "== mypy (strict: domain, services, db, sms)"; "$VENV/bin/mypy"

# 5. Every test (offscreen Qt), two workers.
export QT_QPA_PLATFORM=offscreen
echo "== pytest"
exec "$VENV/bin/python" -m pytest -n 2 --dist loadgroup -q "$@"
