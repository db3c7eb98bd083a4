#!/usr/bin/env bash
# Issue 24 (packaging): `cmake --install` of the build installs libphpovm.so, phpovm/engine.h, a
# CMake package and phpovm.pc; examples/host, built against the installed package with CMake and
# again with pkg-config, runs requests of a script with their own output and results.
set -u
BUILD=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$BUILD" --prefix "$work/prefix" > "$work/install.log" 2>&1 || { echo "FAIL: cmake --install:"; cat "$work/install.log"; exit 1; }
for f in bin/phpovm include/phpovm/engine.h lib/cmake/phpovm/phpovmConfig.cmake lib/pkgconfig/phpovm.pc; do
  [ -e "$work/prefix/$f" ] || { echo "FAIL: $f is not installed"; exit 1; }
done
ls "$work/prefix"/lib/libphpovm.so* > /dev/null 2>&1 || { echo "FAIL: libphpovm.so is not installed"; exit 1; }
cat > "$work/page.php" <<'PHP'
<?php
$n = (int) ($argv[1] ?? 0);
if ($n === 1) throw new LogicException("request $n fails");
echo "hello from request $n\n";
exit($n);
PHP
expected="request 0: exit 0, 21 bytes: hello from request 0
request 1: exit 255, failed: Uncaught LogicException: request 1 fails in $work/page.php:3, 0 bytes: request 2: exit 2, 21 bytes: hello from request 2"
cmake -S "$src/examples/host" -B "$work/host" -DCMAKE_PREFIX_PATH="$work/prefix" > "$work/configure.log" 2>&1 &&
  cmake --build "$work/host" > "$work/build.log" 2>&1 || { echo "FAIL: building examples/host with CMake:"; cat "$work/configure.log" "$work/build.log" | tail -30; exit 1; }
actual=$(LD_LIBRARY_PATH="$work/prefix/lib" "$work/host/phpovm_host" "$work/page.php" 3 2>&1 | grep -v '^phpovm ')
if [ "$actual" != "$expected" ]; then
  echo "FAIL: examples/host (CMake)"; diff <(echo "$expected") <(echo "$actual"); exit 1
fi
# shellcheck disable=SC2046
PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" g++ -std=c++20 "$src/examples/host/host.cpp" -o "$work/host_pc" \
  $(PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" pkg-config --cflags --libs phpovm) 2> "$work/pc.log" ||
  { echo "FAIL: building examples/host with pkg-config:"; cat "$work/pc.log"; exit 1; }
actual=$(LD_LIBRARY_PATH="$work/prefix/lib" "$work/host_pc" "$work/page.php" 3 2>&1 | grep -v '^phpovm ')
[ "$actual" = "$expected" ] || { echo "FAIL: examples/host (pkg-config)"; diff <(echo "$expected") <(echo "$actual"); exit 1; }
echo "installed_package: libphpovm.so, its header, CMake package and phpovm.pc build and run examples/host"
