# Debian/Ubuntu packages bindesk needs, shared by scripts/run.sh (the desk) and scripts/test.sh.
# Sourced, not run. Keep the lists here only.

# What Qt's xcb platform plugin (the desk's window on X11/XWayland) loads, directly (ldd) or
# with dlopen (libxcb-cursor0 since Qt 6.5), plus fonts, OpenGL/EGL and D-Bus that Qt links.
DESK_PACKAGES="libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"

# Tests need more: a real X server and its tools (the desk under Xvfb), poppler (PDF to PNG)
# and a PostgreSQL server.
TEST_PACKAGES="$DESK_PACKAGES xvfb x11-utils xauth poppler-utils postgresql"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

# apt_install PKG...: installs what dpkg does not have yet; says what to do when it cannot.
apt_install() {
  local missing="" p
  command -v dpkg >/dev/null || return 0   # not Debian/Ubuntu: nothing we can do here
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  [ -z "$missing" ] && return 0
  if command -v apt-get >/dev/null && as_root true 2>/dev/null; then
    echo "== apt-get install$missing" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
    if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
      return 0
    fi
  fi
  echo "!! Deze systeempakketten ontbreken en konden niet geïnstalleerd worden (geen root/sudo?):" >&2
  echo "!!   sudo apt-get install$missing" >&2
  echo "!! (These system packages are missing; install them with the command above.)" >&2
  return 1
}

# venv_install VENV EXTRAS: pip install -e ".[EXTRAS]" unless the venv already has this exact
# pyproject.toml installed (a stamp file), so starting the desk again costs nothing.
venv_install() {
  local venv=$1 spec=$2 stamp want
  if [ ! -x "$venv/bin/python" ]; then
    # Debian/Ubuntu ship venv's pip bootstrap separately
    python3 -c "import ensurepip" 2>/dev/null || apt_install python3-venv || true
    python3 -m venv "$venv"
  fi
  stamp="$venv/.bindesk-installed"
  want="$(sha256sum < pyproject.toml | cut -c1-16) $spec"
  # a venv with the test extras also has everything "." needs
  if [ -f "$stamp" ] && { grep -qxF -- "$want" "$stamp" \
      || { [ "$spec" = "." ] && grep -q "^${want%% *} " "$stamp"; }; }; then return 0; fi
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$venv/bin/python" -m pip install -q -e "$spec"
  echo "$want" >> "$stamp"
}
