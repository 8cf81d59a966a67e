#!/usr/bin/env bash
# The README's run command: installs what the desk needs (Qt's X11 libraries through apt when
# it may, the Python packages into .venv) and starts the desk. Arguments go to `bindesk`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/system-packages.sh
VENV=${BINDESK_VENV:-$(pwd)/.venv}
# shellcheck disable=SC2086
apt_install $DESK_PACKAGES || true
venv_install "$VENV" "."
exec "$VENV/bin/bindesk" "$@"
