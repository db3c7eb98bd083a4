#!/usr/bin/env bash
# Builds phpovm with AddressSanitizer and UndefinedBehaviorSanitizer and runs the unit tests and
# the conformance suite under them. libphp's allocator is switched off (USE_ZEND_ALLOC=0) so that
# the sanitizers see PHP values too; memory_limit is enforced by that allocator, so the programs
# under limits/ (which test memory_limit) cannot run here and are left to the normal run.
set -uo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPHPOVM_SANITIZE=ON >/dev/null || exit 1
cmake --build build-asan -j2 || exit 1
export USE_ZEND_ALLOC=0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86
rc=0
(cd tests/unit && ../../build-asan/tests/phpovm_unit_tests) || rc=1
mapfile -d '' programs < <(find tests/conformance -name '*.php' -not -path '*/limits/*' -print0 | LC_ALL=C sort -z)
echo "sanitizers: running ${#programs[@]} conformance programs (limits/ excluded: memory_limit needs libphp's allocator)"
CONFORMANCE_TIMEOUT=60 tests/conformance/run.sh build-asan/phpovm "$(command -v php8.2 || command -v php)" "${programs[@]}" > build-asan/conformance.log 2>&1 || rc=1
grep -E "^(FAIL|conformance:)" build-asan/conformance.log
if grep -qE "ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:" build-asan/conformance.log; then
  echo "sanitizers: reports found:"; grep -E "ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:" build-asan/conformance.log | sort | uniq -c | head -20
  rc=1
fi
[ $rc -eq 0 ] && echo "sanitizers: clean"
exit $rc
