#!/usr/bin/env bash
# Builds phpovm and runs the whole test suite (doctest units, the differential conformance suite
# against php-cli, and the bad-image checks), then prints each runner's summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh "$@" || exit 1
cd build
ctest --output-on-failure -j2
rc=$?
grep -hE "^(conformance|opcode coverage|phpovm instruction coverage|bad images|zend vm unused):|^\[doctest\] test cases" Testing/Temporary/LastTest.log || true
exit $rc
