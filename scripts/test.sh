#!/usr/bin/env bash
# Builds phpovm and runs the whole test suite (doctest units, the differential conformance suite
# against php-cli, once more with the JIT forced on every loop, and the bad-image checks), then
# prints each runner's summary line. Arguments go to cmake (scripts/setup.sh); PHPOVM_BUILD_DIR
# (default build) is where it builds.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh "$@" || exit 1
cd "${PHPOVM_BUILD_DIR:-build}"
ctest --output-on-failure -j2
rc=$?
log=Testing/Temporary/LastTest.log
grep -hE "^(conformance|bad images|zend vm unused|image includes):|^\[doctest\] test cases" "$log" || true
# The opcode coverage summary with what no program exercises.
sed -n '/^opcode coverage:/,/^phpovm instructions not exercised/p' "$log" || true
exit $rc
