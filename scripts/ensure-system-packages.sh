#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: chromium (browser tests) and
# postgresql (the PostgreSQL storage tests). Runs as `pretest`, so `npm test` works on a fresh
# machine, and from .ci/run. Nothing is downloaded outside Debian's own packages.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null; then
  echo "ensure-system-packages: missing ${missing[*]}; install them with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
as_root=()
[ "$(id -u)" = "0" ] || as_root=(sudo)

echo "== installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
