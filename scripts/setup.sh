#!/usr/bin/env bash
# Installs the Debian 12 packages phpovm needs (only those missing; composer, phpunit and time
# are for bench/tools/run), then builds a Release build
# with the LLVM JIT tier (-DPHPOVM_JIT=ON; arguments are passed on to cmake, so -DPHPOVM_JIT=OFF
# builds without it). PHPOVM_BUILD_DIR (default build) is where it builds.
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=(build-essential cmake libphp8.2-embed php8.2-dev php8.2-cli libmimalloc-dev libfmt-dev doctest-dev libbenchmark-dev
      llvm-19-dev libsodium-dev composer phpunit time)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
build=${PHPOVM_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPHPOVM_JIT=ON "$@" >/dev/null
cmake --build "$build" -j2
