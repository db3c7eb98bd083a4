#!/usr/bin/env bash
# Builds phpovm and runs the whole test suite (doctest units and the differential conformance suite).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh "$@"
cd build
ctest --output-on-failure -j2
