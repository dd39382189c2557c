#!/usr/bin/env bash
# One command per job, each doing all set-up on a fresh machine:
#   bash scripts/run.sh app    install what is missing, then open ParcelDesk
#                              (the desktop app when Electron can be had, else the same UI in the browser)
#   bash scripts/run.sh test   install what is missing (Chromium, GDAL, npm packages), then run every test
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_debian_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
  # The hub's integration tests start their own PostgreSQL + PostGIS cluster.
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  compgen -G '/usr/share/postgresql/*/extension/postgis.control' >/dev/null || missing+=(postgresql-15-postgis-3)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)…"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_npm_packages() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # The Electron binary is fetched separately below; installing never depends on it.
    ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

case "${1:-}" in
  app)
    ensure_npm_packages
    if ! node --import tsx -e "import('./scripts/electron-binary.ts').then(m => process.exit(m.findElectronBinary() ? 0 : 1))" 2>/dev/null; then
      node node_modules/electron/install.js >/dev/null 2>&1 || true
    fi
    if node --import tsx -e "import('./scripts/electron-binary.ts').then(m => process.exit(m.findElectronBinary() ? 0 : 1))" 2>/dev/null; then
      exec npm start
    fi
    echo "Electron could not be downloaded here: opening the same app in your browser (npm run web)."
    exec npm run web
    ;;
  test)
    ensure_debian_packages
    ensure_npm_packages
    exec npm test
    ;;
  *)
    echo "usage: bash scripts/run.sh app|test" >&2
    exit 2
    ;;
esac
