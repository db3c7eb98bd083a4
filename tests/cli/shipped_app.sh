#!/usr/bin/env bash
# Issue 23: an application shipped compiled. tests/cli/shipped_app is a small Composer project
# (PSR-4 classes, a `files` helper, a `bin/` script without an extension, data and an ini file
# read through __DIR__, a PHP template included by path) whose autoloader Debian's Composer
# generates here. php-cli runs it from its sources; then:
#   tree:       `phpovm compile DIR -o OUT`, OUT moved to another directory and the sources
#               removed, run as `phpovm OUT/bin/shop` and as `./bin/shop` (its launcher line
#               names phpovm);
#   bundle:     `phpovm bundle -o shop.phpo DIR/bin/shop DIR`, moved, sources removed, run as
#               `phpovm shop.phpo` and as `./shop.phpo`;
#   executable: `phpovm bundle --executable -o shop ...`, run as `./shop` with no phpovm on PATH
#               (with php.ini's settings, against php-cli with them);
# each run must give php-cli's stdout, stderr and exit status, byte for byte, once the
# application's root is named the same in both (a bundle's root is phpovm://BUNDLE/DIR).
set -u
PHPOVM=$1 PHP=$2
case $PHPOVM in */*) PHPOVM=$(cd "$(dirname "$PHPOVM")" && pwd)/$(basename "$PHPOVM") ;; esac
app=$(cd "$(dirname "$0")/shipped_app" && pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

command -v composer > /dev/null || { echo "shipped_app: composer is missing (scripts/setup.sh installs it)"; exit 1; }
src=$work/src
cp -R "$app" "$src"
(cd "$src" && composer dump-autoload --no-interaction -q) || { echo "shipped_app: composer dump-autoload failed"; exit 1; }

run() {  # run NAME ROOT DIR COMMAND...: COMMAND in DIR; ROOT named <root> in its output
  local name=$1 root=$2 dir=$3
  shift 3
  (cd "$dir" && "$@") > "$work/$name.out.raw" 2> "$work/$name.err.raw"
  echo $? > "$work/$name.rc"
  for s in out err; do sed "s|$root|<root>|g" "$work/$name.$s.raw" > "$work/$name.$s"; done
}
same() {  # same NAME [EXPECTED]: NAME's run equals php-cli's (EXPECTED, default expected)
  local name=$1 expected=${2:-expected} s
  for s in out err; do
    if ! cmp -s "$work/$expected.$s" "$work/$name.$s"; then
      fail "$name: std$s differs from php-cli's"
      diff -u "$work/$expected.$s" "$work/$name.$s" | head -n 30
    fi
  done
  [ "$(cat "$work/$expected.rc")" = "$(cat "$work/$name.rc")" ] ||
    fail "$name: exit status $(cat "$work/$name.rc"), php-cli's $(cat "$work/$expected.rc")"
}

flags=(-n -d error_reporting=-1 -d display_errors=1)
run expected "$src" "$src" "$PHP" "${flags[@]}" bin/shop apple bread cheese bread
run expected_fs "$src" "$src" "$PHP" "${flags[@]}" bin/fs-check
if [ "$(cat "$work/expected.rc")" != 3 ] || ! grep -q '^Receipt' "$work/expected.out"; then
  echo "shipped_app: php-cli does not run the application as expected (exit $(cat "$work/expected.rc")):"
  cat "$work/expected.out" "$work/expected.err" | tail -n 20
  exit 1
fi

# --- a compiled tree, moved, sources gone ------------------------------------------------------
"$PHPOVM" compile "$src" -o "$work/built" > "$work/compile.log" 2>&1 || { fail "compile of the tree:"; cat "$work/compile.log"; }
[ -s "$work/compile.log" ] && { fail "compiling the tree printed:"; cat "$work/compile.log"; }
mkdir -p "$work/elsewhere"
mv "$work/built" "$work/elsewhere/app"
tree=$work/elsewhere/app
mv "$src" "$work/src.gone"
while IFS= read -r -d '' f; do
  rel=${f#"$tree"/}
  case $rel in
    *.php|bin/*|vendor/bin/*)
      head -c 64 "$f" | grep -q '<?phpo' || fail "$rel was not compiled to an image" ;;
    *)
      cmp -s "$f" "$work/src.gone/$rel" || fail "$rel was not copied as it is" ;;
  esac
done < <(find "$tree" -type f -print0)
[ -x "$tree/bin/shop" ] || fail "bin/shop lost its execute permission"
head -n 1 "$tree/bin/shop" | grep -qx '#!/usr/bin/env phpovm' || fail "bin/shop has no phpovm launcher line"

run tree "$tree" "$tree" "$PHPOVM" "${flags[@]}" bin/shop apple bread cheese bread
same tree
run tree_fs "$tree" "$tree" "$PHPOVM" "${flags[@]}" bin/fs-check
same tree_fs expected_fs
mkdir -p "$work/path"
ln -s "$PHPOVM" "$work/path/phpovm"
run tree_launcher "$tree" "$work" env PATH="$work/path:$PATH" PHPRC=/nonexistent "$tree/bin/shop" apple bread cheese bread
# The launcher runs with php.ini's settings: only the output's text is compared.
grep -q '^Receipt' "$work/tree_launcher.out" && grep -q '^loaded: bin/shop src/Cart.php' "$work/tree_launcher.out" ||
  { fail "./bin/shop through its launcher line:"; head -n 20 "$work/tree_launcher.out" "$work/tree_launcher.err"; }

# --- a bundle, and an executable, moved, sources gone -------------------------------------------
mv "$work/src.gone" "$src"
mkdir -p "$work/out"
"$PHPOVM" bundle -o "$work/out/shop.phpo" "$src/bin/shop" "$src" > "$work/bundle.log" 2>&1 || { fail "bundle:"; cat "$work/bundle.log"; }
"$PHPOVM" bundle --executable -o "$work/out/shop" "$src/bin/shop" "$src" > "$work/exe.log" 2>&1 || { fail "bundle --executable:"; cat "$work/exe.log"; }
[ -s "$work/bundle.log" ] || [ -s "$work/exe.log" ] && { fail "bundling printed:"; cat "$work/bundle.log" "$work/exe.log"; }
run expected_ini "$src" "$src" "$PHP" bin/shop apple bread cheese bread
"$PHPOVM" bundle -o "$work/out/fs.phpo" "$src/bin/fs-check" "$src" > "$work/fs.log" 2>&1 || { fail "bundle of fs-check:"; cat "$work/fs.log"; }
# Writes into a bundle fail cleanly (php-cli, on the sources, would write).
mkdir "$src/checks"
cat > "$src/checks/write.php" <<'PHP'
<?php
$root = dirname(__DIR__);
var_dump(@file_put_contents("$root/data/x.txt", "x"));
echo error_get_last()['message'], "\n";
var_dump(@unlink("$root/data/banner.txt"), @mkdir("$root/newdir"), @touch("$root/config.ini"));
var_dump(@rename("$root/config.ini", "$root/c2.ini"), @fopen("$root/config.ini", "a"), is_writable("$root/config.ini"));
var_dump(file_exists("$root/data/banner.txt"), file_exists("$root/data/x.txt"));
PHP
"$PHPOVM" bundle -o "$work/out/write.phpo" "$src/checks/write.php" "$src" > "$work/write.log" 2>&1 || { fail "bundle of write.php:"; cat "$work/write.log"; }
rm -r "$src/checks"
mkdir -p "$work/moved"
mv "$work/out/shop.phpo" "$work/out/shop" "$work/out/fs.phpo" "$work/out/write.phpo" "$work/moved/"
mv "$src" "$work/src.gone"
run bundle "phpovm://$work/moved/shop.phpo$src" "$work" "$PHPOVM" "${flags[@]}" moved/shop.phpo apple bread cheese bread
same bundle
run bundle_fs "phpovm://$work/moved/fs.phpo$src" "$work" "$PHPOVM" "${flags[@]}" moved/fs.phpo
same bundle_fs expected_fs
run bundle_write "phpovm://$work/moved/write.phpo$src" "$work" "$PHPOVM" "${flags[@]}" moved/write.phpo
printf '%s\n' 'bool(false)' 'file_put_contents(<root>/data/x.txt): Failed to open stream: a bundle is read-only' \
  'bool(false)' 'bool(false)' 'bool(false)' 'bool(false)' 'bool(false)' 'bool(false)' 'bool(true)' 'bool(false)' > "$work/write.expected"
cmp -s "$work/write.expected" "$work/bundle_write.out" ||
  { fail "writes into a bundle:"; diff -u "$work/write.expected" "$work/bundle_write.out"; }
# A bundle changed after it was written is refused: its table, or a file's bytes when read.
cp "$work/moved/shop.phpo" "$work/tampered.phpo"
printf 'X' | dd of="$work/tampered.phpo" bs=1 seek=200 conv=notrunc 2> /dev/null
run tampered_table "$work" "$work" "$PHPOVM" "${flags[@]}" tampered.phpo
grep -qx "phpovm: tampered.phpo: invalid bundle: header checksum mismatch" "$work/tampered_table.err" &&
  [ "$(cat "$work/tampered_table.rc")" = 1 ] || { fail "a bundle with a changed table:"; cat "$work/tampered_table.err"; }
cp "$work/moved/shop.phpo" "$work/tampered.phpo"
size=$(stat -c %s "$work/tampered.phpo")
printf 'X' | dd of="$work/tampered.phpo" bs=1 seek=$((size - 100)) conv=notrunc 2> /dev/null
run tampered_file "$work" "$work" "$PHPOVM" "${flags[@]}" tampered.phpo
grep -qE "invalid (bundle|image): checksum mismatch in " "$work/tampered_file.out" "$work/tampered_file.err" &&
  [ "$(cat "$work/tampered_file.rc")" = 255 ] || { fail "a bundle with a changed file:"; cat "$work/tampered_file.out" "$work/tampered_file.err"; }
run bundle_launcher "phpovm://$work/moved/shop.phpo$src" "$work" env PATH="$work/path:$PATH" "$work/moved/shop.phpo" apple bread cheese bread
grep -q '^Receipt' "$work/bundle_launcher.out" || { fail "./shop.phpo through its launcher line:"; head -n 20 "$work/bundle_launcher.out" "$work/bundle_launcher.err"; }
run executable "phpovm://$work/moved/shop$src" "$work/moved" env PATH=/usr/bin:/bin ./shop apple bread cheese bread
for s in out err rc; do
  cmp -s "$work/expected_ini.$s" "$work/executable.$s" ||
    { fail "executable: std$s differs from php-cli's with php.ini"; diff -u "$work/expected_ini.$s" "$work/executable.$s" | head -n 30; }
done
mv "$work/src.gone" "$src"

if [ $failures -ne 0 ]; then
  echo "shipped_app: $failures failure(s)"
  exit 1
fi
echo "shipped_app: tree, bundle and executable: php-cli's output"
