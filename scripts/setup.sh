#!/usr/bin/env bash
# Installs what the build and the tests need on a Debian 12 machine, from Debian's archive and the
# npm registry only. Idempotent: a second run finds everything in place and does no network work.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache"
imgui_version=1.90.1
imgui_tarball=imgui_${imgui_version}+ds.orig.tar.xz
imgui_sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
log() { printf '[setup] %s\n' "$*"; }

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
}

# Debian packages: the build (emscripten, cmake, g++), the libraries (nlohmann/json, GoogleTest,
# Google Benchmark), the font and its subsetter, and the browser for the tests.
packages=(emscripten nlohmann-json3-dev cmake g++ make googletest libbenchmark-dev chromium
          fonts-noto-core python3-fonttools xz-utils nodejs clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
# A node from elsewhere may already be on PATH; Debian's is only needed when there is none.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  apt_update_once
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  command -v npm >/dev/null || as_root apt-get install -y -qq npm >/dev/null
fi

# Dear ImGui: Debian ships its sources only as a source package (trixie), so fetch that tarball,
# check its hash, and unpack it into the ignored cache. CMake takes the folder from IMGUI_DIR.
imgui_dir="$cache/imgui-$imgui_version"
if [ ! -f "$imgui_dir/imgui.h" ]; then
  mkdir -p "$cache/downloads"
  if [ ! -f "$cache/downloads/$imgui_tarball" ]; then
    src_list=/etc/apt/sources.list.d/icc-index-trixie-src.sources
    if [ ! -f "$src_list" ]; then
      # Reuse the mirror and keyring this machine already trusts for Debian.
      uris=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
      keyring=$(awk '/^Signed-By:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
      [ -n "$uris" ] || { echo "setup: no Debian mirror found in /etc/apt/sources.list.d/debian.sources" >&2; exit 1; }
      printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
        "$uris" "${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}" | as_root tee "$src_list" >/dev/null
      apt_updated=0
    fi
    apt_update_once
    log "downloading the Dear ImGui $imgui_version source package"
    (cd "$cache/downloads" && apt-get source --download-only -qq "imgui=${imgui_version}+ds-1" >/dev/null)
  fi
  echo "$imgui_sha256  $cache/downloads/$imgui_tarball" | sha256sum -c --quiet - \
    || { echo "setup: $imgui_tarball does not have the expected sha256" >&2; exit 1; }
  rm -rf "$imgui_dir.tmp" && mkdir -p "$imgui_dir.tmp"
  tar -xJf "$cache/downloads/$imgui_tarball" -C "$imgui_dir.tmp" --strip-components=1
  rm -rf "$imgui_dir" && mv "$imgui_dir.tmp" "$imgui_dir"
  log "Dear ImGui $imgui_version unpacked into $imgui_dir"
fi

# Browser-test dependencies, pinned by the committed lockfile.
# (the browser tests' Playwright, and SurveyJS for the side-by-side benchmark).
if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] || [ ! -d "$root/tests/browser/node_modules/survey-js-ui" ]; then
  log "installing the browser-test packages from the lockfile"
  (cd "$root/tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "ready"
