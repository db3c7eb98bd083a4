#!/usr/bin/env bash
# include/require of .phpo images: from an image, from a script, and source included from an
# image, each against php-cli including the source. A corrupt included image is a fatal error.
set -u
PHPOVM=$1 PHP=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > lib.php <<'PHP'
<?php
function lib_greet($who) { return "hello $who from " . basename(__FILE__) . ":" . __LINE__; }
$lib_counter = ($lib_counter ?? 0) + 1;
return ['loaded' => true, 'counter' => $lib_counter];
PHP
cat > main.php <<'PHP'
<?php
$lib = getenv('PHPOVM_TEST_LIB');
$r = include $lib;
var_dump($r);
echo lib_greet("main"), "\n";
var_dump(include_once $lib, require_once $lib);
function scoped($lib) { $lib_counter = 10; $r = include $lib; return [$r, $lib_counter]; }
var_dump(scoped($lib));
PHP
"$PHPOVM" compile lib.php -o lib.phpo && "$PHPOVM" compile main.php -o main.phpo || { echo "image includes: compile failed"; exit 1; }
expected=$(PHPOVM_TEST_LIB=lib.php "$PHP" -n main.php 2>&1; echo "exit $?")
failures=0
for run in "lib.phpo main.phpo" "lib.phpo main.php" "lib.php main.phpo"; do
  set -- $run
  actual=$(PHPOVM_TEST_LIB=$1 "$PHPOVM" -n "$2" 2>&1; echo "exit $?")
  if [ "$expected" != "$actual" ]; then
    echo "FAIL: $2 including $1"; diff <(echo "$expected") <(echo "$actual"); failures=$((failures + 1))
  fi
done
head -c 100 lib.phpo > broken.phpo
out=$(PHPOVM_TEST_LIB=broken.phpo "$PHPOVM" -n main.phpo 2>&1); rc=$?
if [ $rc -ne 255 ] || ! grep -q "invalid image" <<< "$out"; then
  echo "FAIL: a corrupt included image (exit $rc):"; echo "$out"; failures=$((failures + 1))
fi
[ $failures -eq 0 ] && echo "image includes: images include images and sources as php-cli includes sources"
exit $((failures != 0))
