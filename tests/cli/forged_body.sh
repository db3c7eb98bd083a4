#!/usr/bin/env bash
# A main image whose checksums are right but one function's code is bad (a jump out of its code,
# forged here with php-cli, which computes CRC-32C): the image runs as long as that function is
# not called, and its first call is a fatal error naming the image; the bad code never runs.
set -u
PHPOVM=$1 PHP=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/prog.php" <<'PHP'
<?php
function broken($n) { for ($i = 0; $i < $n; $i++) { echo $i; } return $n; }
function fine() { return 5; }
echo "start\n";
if ($argc > 1) broken(3);
exit(fine());
PHP
"$PHPOVM" compile "$work/prog.php" -o "$work/prog.phpo" || { echo "forged body: compile failed"; exit 1; }
cat > "$work/forge.php" <<'PHP'
<?php
// Sends the first jump of function 1 (broken) out of its code, then makes the checksums right.
[$_, $in, $out] = $argv;
$b = file_get_contents($in);
$u32 = fn($at) => unpack('V', $b, $at)[1];
$crc = fn($s) => hexdec(hash('crc32c', $s));
$n = $u32(32);
$sec = [];
for ($i = 0; $i < $n; $i++) {
    $e = 48 + 24 * $i;
    $sec[$u32($e)] = ['entry' => $e, 'off' => unpack('P', $b, $e + 8)[1], 'size' => unpack('P', $b, $e + 16)[1]];
}
$fs = $sec[3]['off'];
$p = $fs + $u32($fs + 4 + 4 * 1);    // function 1's record
$p += 13 * 4;                          // name .. static_vars
$p += 1;                               // has_return_info (0 here)
$p += 4 + 4 * $u32($p);                // variables
$nargs = $u32($p); $p += 4;
for ($a = 0; $a < $nargs; $a++) {      // untyped arguments: name, type (mask, name, 0 members), default
    if ($u32($p + 4) !== 0 || $u32($p + 12) !== 0) exit("unexpected typed argument\n");
    $p += 20;
}
$ninsns = $u32($p); $p += 4;
for ($k = 0; $k < $ninsns; $k++, $p += 28) {
    if (ord($b[$p + 2]) === 0x20) {    // op1 kind JMP
        $b = substr_replace($b, pack('V', 100000), $p + 8, 4);
        break;
    }
}
if ($k === $ninsns) exit("no jump found\n");
$b = substr_replace($b, pack('V', $crc(substr($b, $fs, $sec[3]['size']))), $sec[3]['entry'] + 4, 4);
$head = substr_replace(substr($b, 0, 48 + 24 * $n), "\0\0\0\0", 36, 4);
$b = substr_replace($b, pack('V', $crc($head)), 36, 4);
file_put_contents($out, $b);
PHP
"$PHP" -n "$work/forge.php" "$work/prog.phpo" "$work/forged.phpo" || { echo "forged body: forging failed"; exit 1; }
failures=0
out=$("$PHPOVM" -n "$work/forged.phpo" 2>&1); rc=$?
if [ $rc -ne 5 ] || [ "$out" != "start" ]; then
  echo "FAIL: the image with an uncalled bad function (exit $rc):"; echo "$out"; failures=$((failures + 1))
fi
out=$("$PHPOVM" -n "$work/forged.phpo" call 2>&1); rc=$?
if [ $rc -ne 255 ] || ! grep -q "forged.phpo: invalid image: function 1 (broken) instruction .*jump target out of range" <<< "$out" ||
   grep -q "^0" <<< "$out"; then
  echo "FAIL: the first call of the bad function (exit $rc):"; echo "$out"; failures=$((failures + 1))
fi
[ $failures -eq 0 ] && echo "forged body: the bad function is refused at its first call and never runs"
exit $((failures != 0))
