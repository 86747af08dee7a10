#!/usr/bin/env bash
# Installs the Debian 12 packages Eventscope needs to build, run and test.
# Idempotent: only packages that are not installed yet are passed to apt-get.
# Works as root or through sudo. Usage: packaging/install-deps.sh [--runtime-only]
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev libqt6opengl6-dev
  libsqlite3-dev librdkafka-dev zlib1g-dev libbz2-dev libzstd-dev libsimdjson-dev
  libyaml-cpp-dev libre2-dev libmaxminddb-dev libgeoip-dev qtkeychain-qt6-dev
  libxlsxwriter-dev libcurl4-openssl-dev qt6-httpserver-dev qt6-websockets-dev
)
runtime_pkgs=(
  qt6-qpa-plugins libqt6svg6 fonts-dejavu-core sqlite3
  uap-core libyaml-cpp0.7 libre2-9 libzstd1
  libmaxminddb0 libgeoip1 geoip-database libqt6keychain1 librdkafka1 libxlsxwriter4 libcurl4
  libqt6httpserver6
)
test_pkgs=(
  xvfb xauth poppler-utils python3-openpyxl appstream desktop-file-utils
  libmaxmind-db-writer-perl kcat python3-aiosmtpd wrk
)

pkgs=("${runtime_pkgs[@]}")
if [[ "${1:-}" != "--runtime-only" ]]; then
  pkgs+=("${build_pkgs[@]}" "${test_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#pkgs[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "install-deps: not root and sudo is missing; run this script as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
