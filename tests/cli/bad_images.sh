#!/usr/bin/env bash
# Feeds phpovm truncated, corrupted, foreign and wrong-version files: each must get one line on
# stderr, a non-zero exit status and never a signal.
set -u
PHPOVM=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/ok.php" <<'PHP'
<?php
function f($x) { return $x * 2; }
$a = [1, 2, 3];
foreach ($a as $v) { echo f($v), "\n"; }
echo str_repeat("-", 3), "\n";
PHP
"$PHPOVM" compile "$work/ok.php" -o "$work/ok.phpo" || { echo "compile failed"; exit 1; }
size=$(stat -c %s "$work/ok.phpo")
failures=0
check() {  # check NAME FILE [EXPECTED-SUBSTRING]
  local name=$1 file=$2 want=${3:-}
  "$PHPOVM" "$file" > "$work/out" 2> "$work/err"
  local rc=$?
  local lines
  lines=$(wc -l < "$work/err")
  if [ $rc -eq 0 ] || [ $rc -ge 128 ] || [ "$lines" -ne 1 ] || { [ -n "$want" ] && ! grep -qF "$want" "$work/err"; }; then
    echo "FAIL $name: exit $rc, stderr:"; sed 's/^/  | /' "$work/err"
    failures=$((failures + 1))
  fi
}
# Truncation at many points.
for cut in 0 5 6 11 12 20 30 47 48 100 $((size / 3)) $((size / 2)) $((size - 20)) $((size - 1)); do
  head -c "$cut" "$work/ok.phpo" > "$work/cut.phpo"
  check "truncated at $cut" "$work/cut.phpo"
done
# Every byte of the header, and bytes through the rest of the file, flipped one at a time.
for ((at = 0; at < size; at += (at < 200 ? 1 : 7))); do
  cp "$work/ok.phpo" "$work/flip.phpo"
  printf "$(printf '\\x%02x' $(( ($(od -An -tu1 -j "$at" -N1 "$work/ok.phpo") ^ 0x5A) & 255 )))" |
    dd of="$work/flip.phpo" bs=1 seek="$at" conv=notrunc status=none
  check "byte $at flipped" "$work/flip.phpo"
done
# Another PHP version and a foreign file.
sed '1s/^<?phpo802/<?phpo801/' "$work/ok.phpo" > "$work/old.phpo"
check "PHP 8.1 image" "$work/old.phpo" "was compiled for PHP 8.1, this is PHP 8.2"
printf '<?phpo garbage' > "$work/foreign.phpo"
check "foreign file" "$work/foreign.phpo" "invalid image"
# A missing file: one line and exit status 1, on stdout as php-cli prints it.
"$PHPOVM" "$work/does-not-exist.phpo" > "$work/out" 2> "$work/err"
rc=$?
if [ $rc -ne 1 ] || [ -s "$work/err" ] || [ "$(cat "$work/out")" != "Could not open input file: $work/does-not-exist.phpo" ]; then
  echo "FAIL missing file: exit $rc, stdout and stderr:"; sed 's/^/  | /' "$work/out" "$work/err"
  failures=$((failures + 1))
fi
if [ $failures -ne 0 ]; then echo "bad images: $failures failed"; exit 1; fi
echo "bad images: all rejected cleanly"
