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
  # An image names its own file (spec/phpo-format.md, "Relocation"): lib.phpo where php-cli,
  # running the source, says lib.php.
  actual=$(PHPOVM_TEST_LIB=$1 "$PHPOVM" -n "$2" 2>&1 | sed 's/\.phpo\b/.php/g'; echo "exit ${PIPESTATUS[0]}")
  if [ "$expected" != "$actual" ]; then
    echo "FAIL: $2 including $1"; diff <(echo "$expected") <(echo "$actual"); failures=$((failures + 1))
  fi
done
# Files read whole before loading: a larger image, an empty file and a missing one included,
# and a main script of no known size (a FIFO, read until it ends, larger than one read), as
# php-cli reads the sources. (PHP includes regular files only.)
{ echo '<?php'; for i in $(seq 1 300); do echo "function big_$i(\$x) { return \$x * $i + strlen('padding text for function $i'); }"; done
  echo 'return big_300(2);'; } > big.php
: > empty.php
{ cat <<'PHP'
<?php
$ext = getenv('PHPOVM_TEST_EXT');
var_dump(include "big.$ext", big_7(3));
var_dump(include 'empty.php');
var_dump(@include 'missing.php');
var_dump(main_9(1) . main_300(2));
PHP
  for i in $(seq 1 300); do echo "function main_$i(\$x) { return \$x - $i . 'a string literal of function $i'; }"; done; } > main2.php
for f in big main2; do "$PHPOVM" compile "$f.php" -o "$f.phpo" || { echo "image includes: compile of $f.php failed"; exit 1; }; done
for f in big main2; do
  [ "$(wc -c < "$f.phpo")" -gt 65536 ] || { echo "image includes: $f.phpo is smaller than intended"; exit 1; }
done
mkfifo main2.fifo
run_fifo() {  # run_fifo EXT COMMAND...: main2.EXT through a FIFO
  local ext=$1; shift
  cat "main2.$ext" > main2.fifo &
  PHPOVM_TEST_EXT=$ext "$@" main2.fifo 2>&1; echo "exit $?"
  wait
}
expected=$(run_fifo php "$PHP" -n)
actual=$(run_fifo phpo timeout 60 "$PHPOVM" -n)  # a main script read twice would wait for ever
if [ "$expected" != "$actual" ]; then
  echo "FAIL: files read whole (a FIFO, empty, missing, larger)"; diff <(echo "$expected") <(echo "$actual"); failures=$((failures + 1))
fi
# The same main script named on the command line as a pipe (process substitution).
actual=$(PHPOVM_TEST_EXT=phpo timeout 60 "$PHPOVM" -n <(cat main2.phpo) 2>&1; echo "exit $?")
if [ "$expected" != "$actual" ]; then
  echo "FAIL: a main script read from a pipe"; diff <(echo "$expected") <(echo "$actual"); failures=$((failures + 1))
fi

head -c 100 lib.phpo > broken.phpo
out=$(PHPOVM_TEST_LIB=broken.phpo "$PHPOVM" -n main.phpo 2>&1); rc=$?
if [ $rc -ne 255 ] || ! grep -q "invalid image" <<< "$out"; then
  echo "FAIL: a corrupt included image (exit $rc):"; echo "$out"; failures=$((failures + 1))
fi
[ $failures -eq 0 ] && echo "image includes: images include images and sources as php-cli includes sources"
exit $((failures != 0))
