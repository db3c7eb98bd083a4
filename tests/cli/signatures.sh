#!/usr/bin/env bash
# Issue 23: signed images and bundles (spec/phpo-format.md, "Signatures"). With
# phpovm.trusted_keys set, phpovm runs what a trusted key signed and refuses, in one line, what is
# unsigned, signed by another key, or changed after signing, the files include loads too.
set -u
PHPOVM=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() {  # expect NAME STATUS PATTERN COMMAND...: COMMAND exits STATUS, its output matches PATTERN
  local name=$1 status=$2 pattern=$3 out rc
  shift 3
  out=$("$@" 2>&1); rc=$?
  [ "$rc" = "$status" ] && grep -qE -- "$pattern" <<< "$out" || fail "$name: exit $rc (expected $status): $out"
}

"$PHPOVM" keygen dev && "$PHPOVM" keygen otherkey || { echo "signatures: keygen failed"; exit 1; }
[ "$(stat -c %a dev)" = 600 ] || fail "the secret key is readable by others"
grep -qE '^phpovm-ed25519-public [0-9a-f]{64}$' dev.pub || fail "dev.pub: $(cat dev.pub)"
expect "keygen over a key" 1 "File exists" "$PHPOVM" keygen dev

mkdir -p app/lib
cat > app/main.php <<'PHP'
<?php
require __DIR__ . '/lib/greet.php';
echo greet(basename(__FILE__)), "\n";
PHP
echo '<?php function greet($who) { return "hello from $who"; }' > app/lib/greet.php
"$PHPOVM" compile --sign dev app -o signed || fail "compile --sign of a tree"
"$PHPOVM" compile app -o unsigned || fail "compile of a tree"
"$PHPOVM" compile --sign otherkey app -o other || fail "compile --sign otherkey"
"$PHPOVM" bundle --sign dev -o app.phpo app/main.php || fail "bundle --sign"
"$PHPOVM" bundle -o app-unsigned.phpo app/main.php || fail "bundle"
"$PHPOVM" bundle --executable --sign dev -o app-exe app/main.php || fail "bundle --executable --sign"
trust=(-d phpovm.trusted_keys=dev.pub)

expect "signed tree" 0 "^hello from main.php$" "$PHPOVM" "${trust[@]}" signed/main.php
expect "signed tree, two keys trusted" 0 "^hello from main.php$" "$PHPOVM" -d phpovm.trusted_keys=otherkey.pub:dev.pub signed/main.php
expect "unsigned tree, no keys required" 0 "^hello from main.php$" "$PHPOVM" unsigned/main.php
expect "signed image, no keys required" 0 "^hello from main.php$" "$PHPOVM" signed/main.php
expect "unsigned main image" 1 "^phpovm: unsigned/main.php: not signed, and phpovm.trusted_keys requires a signature$" \
  "$PHPOVM" "${trust[@]}" unsigned/main.php
expect "another key" 1 "^phpovm: other/main.php: signed by a key that phpovm.trusted_keys does not name$" \
  "$PHPOVM" "${trust[@]}" other/main.php
cp unsigned/lib/greet.php signed/lib/greet.php
expect "an unsigned include" 255 "phpovm: $work/signed/lib/greet.php: not signed, and phpovm.trusted_keys requires a signature" \
  "$PHPOVM" "${trust[@]}" signed/main.php
cp app/lib/greet.php signed/lib/greet.php
expect "an included source" 255 "greet.php: PHP source, and phpovm.trusted_keys allows only signed images and bundles" \
  "$PHPOVM" "${trust[@]}" signed/main.php
expect "a source script" 1 "^phpovm: app/main.php: PHP source, and phpovm.trusted_keys" "$PHPOVM" "${trust[@]}" app/main.php
# Changed after signing: another image (whose checksums are right) under a valid signature block.
{ cat unsigned/lib/greet.php; tail -c 104 signed/main.php; } > signed/lib/greet.php
expect "a signature of other bytes" 255 "greet.php: the signature does not match: changed after signing" \
  "$PHPOVM" "${trust[@]}" signed/main.php
expect "a corrupt signature block" 1 "invalid image: trailing bytes after the last section" \
  "$PHPOVM" "${trust[@]}" <(cat unsigned/main.php; head -c 50 /dev/zero)
expect "signed bundle" 0 "^hello from main.php$" "$PHPOVM" "${trust[@]}" app.phpo
expect "signed executable" 0 "^hello from main.php$" ./app-exe
# An executable takes no -d: its trusted keys come from php.ini.
"$PHPOVM" bundle --executable -o app-exe-unsigned app/main.php || fail "bundle --executable"
mkdir ini.d
echo "phpovm.trusted_keys=$work/dev.pub" > ini.d/trust.ini
expect "signed executable, keys from php.ini" 0 "^hello from main.php$" env PHP_INI_SCAN_DIR="$work/ini.d" ./app-exe
expect "unsigned executable, keys from php.ini" 1 "not signed, and phpovm.trusted_keys requires a signature$" \
  env PHP_INI_SCAN_DIR="$work/ini.d" ./app-exe-unsigned
expect "unsigned bundle" 1 "^phpovm: app-unsigned.phpo: not signed, and phpovm.trusted_keys requires a signature$" \
  "$PHPOVM" "${trust[@]}" app-unsigned.phpo
# A bundle changed after signing (a byte of a file's content: its checksum is read only when the
# file is, but the signature covers the whole bundle and is checked when it opens).
cp app.phpo tampered.phpo
size=$(stat -c %s tampered.phpo)
printf 'Z' | dd of=tampered.phpo bs=1 seek=$((size - 140)) conv=notrunc 2> /dev/null
expect "tampered signed bundle" 1 "^phpovm: tampered.phpo: the signature does not match: changed after signing$" \
  "$PHPOVM" "${trust[@]}" tampered.phpo
expect "a missing key file" 1 "phpovm.trusted_keys: nokey.pub: cannot read the key" \
  "$PHPOVM" -d phpovm.trusted_keys=nokey.pub signed/main.php
expect "-r code still runs" 0 "^2$" "$PHPOVM" "${trust[@]}" -r 'echo 1 + 1, "\n";'
[ $failures -eq 0 ] || exit 1
echo "signatures: signed trees, images, bundles and executables run; unsigned, foreign and changed ones are refused"
