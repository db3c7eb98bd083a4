#!/usr/bin/env bash
# Builds phpovm with AddressSanitizer and UndefinedBehaviorSanitizer and runs the unit tests and
# the conformance suite under them. libphp's allocator is switched off (USE_ZEND_ALLOC=0) so that
# the sanitizers see PHP values too; memory_limit is enforced by that allocator, so the programs
# under limits/ (which test memory_limit) cannot run here and are left to the normal run.
# LeakSanitizer is off: without its allocator libphp reports as leaks what it leaves to that
# allocator by design (objects in reference cycles, whose memory zend_objects_store_free_object_storage
# keeps "so they show up as leaks"; everything after a fatal error's bailout). phpovm's own
# long-lived structures are freed at engine shutdown (release_linked_images; the phpovm command
# leaves them to the operating system at exit).
set -uo pipefail
cd "$(dirname "$0")/.."
# The interpreter is built with every handler copy production runs (spec/variants.def), at -Og
# (CMakeLists.txt: GCC takes tens of minutes to instrument them at -O1 and above).
# With the JIT tier: the suite runs once interpreted and once with every loop and function compiled.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPHPOVM_SANITIZE=ON -DPHPOVM_MICROBENCH=OFF \
  -DPHPOVM_JIT=ON >/dev/null || exit 1
cmake --build build-asan -j2 || exit 1
export USE_ZEND_ALLOC=0
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:exitcode=86:log_path=$PWD/build-asan/reports/report
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86:log_path=$PWD/build-asan/reports/ubsan
rc=0
rm -rf build-asan/reports && mkdir -p build-asan/reports
(cd tests/unit && ../../build-asan/tests/phpovm_unit_tests) || rc=1
mapfile -d '' programs < <(find tests/conformance -name '*.php' -not -path '*/limits/*' -print0 | LC_ALL=C sort -z)
echo "sanitizers: running ${#programs[@]} conformance programs (limits/ excluded: memory_limit needs libphp's allocator)"
CONFORMANCE_TIMEOUT=60 tests/conformance/run.sh build-asan/phpovm "$(command -v php8.2 || command -v php)" "${programs[@]}" > build-asan/conformance.log 2>&1 || rc=1
grep -E "^(FAIL|conformance:)" build-asan/conformance.log
CONFORMANCE_CACHED=0 CONFORMANCE_PHPOVM_FLAGS="-d phpovm.jit=1 -d phpovm.jit_hot_loop=1 -d phpovm.jit_hot_func=1 -d phpovm.jit_background=0" CONFORMANCE_TIMEOUT=60 \
  tests/conformance/run.sh build-asan/phpovm "$(command -v php8.2 || command -v php)" "${programs[@]}" \
  > build-asan/conformance_jit.log 2>&1 || rc=1
echo "sanitizers, JIT forced:"
grep -E "^(FAIL|conformance:)" build-asan/conformance_jit.log
# Reports go to files (a PHP program may close its stderr); any report fails the run.
if compgen -G "build-asan/reports/report*" > /dev/null; then
  echo "sanitizers: reports found:"
  for r in build-asan/reports/report*; do echo "--- $r"; head -30 "$r"; done | head -200
  rc=1
fi
[ $rc -eq 0 ] && echo "sanitizers: clean"
exit $rc
