#!/usr/bin/env bash
# Issue 5: an object-oriented program over several files loaded by an autoloader, compiled to
# images, runs identically. tests/cli/oo_app (a DI container, an event dispatcher and a template
# engine rendering invoices; about a hundred classes, interfaces, traits and enums, one per file,
# loaded by spl_autoload_register) runs under phpovm from its sources, from .phpo images of every
# file (the autoloader requiring images), and as a source main.php loading images, and each run
# gives the same stdout, stderr and exit status as php-cli on the sources, byte for byte.
# The image tree keeps no .php files, so nothing can quietly fall back to a source.
set -u
PHPOVM=$1 PHP=$2
case $PHPOVM in */*) PHPOVM=$(cd "$(dirname "$PHPOVM")" && pwd)/$(basename "$PHPOVM") ;; esac  # runs happen elsewhere
app=$(cd "$(dirname "$0")/oo_app" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$work/tree
mkdir "$tree" "$work/elsewhere"
cp -R "$app/." "$tree/"

run() {  # run NAME DIR COMMAND...: COMMAND in DIR; stdout, stderr, status in $work/NAME.{out,err,rc}
  local name=$1 dir=$2
  shift 2
  (cd "$dir" && "$@") > "$work/$name.out" 2> "$work/$name.err"
  echo $? > "$work/$name.rc"
}

run expected "$app" env -u OO_APP_EXT -u OO_APP_ROOT "$PHP" -n -d error_reporting=-1 main.php
if [ "$(cat "$work/expected.rc")" != 0 ] || [ -s "$work/expected.err" ] || ! grep -q '^checksum: md5=' "$work/expected.out"; then
  echo "oo_app: php-cli itself does not run the app cleanly (exit $(cat "$work/expected.rc")):"
  tail -n 20 "$work/expected.err" "$work/expected.out"
  exit 1
fi

failures=0 compiled=0
while IFS= read -r -d '' source; do
  compiled=$((compiled + 1))
  if ! "$PHPOVM" compile "$source" -o "${source%.php}.phpo" > "$work/compile.log" 2>&1 || [ ! -s "${source%.php}.phpo" ]; then
    echo "FAIL: compile ${source#"$tree"/}:"; sed 's/^/  | /' "$work/compile.log"
    failures=$((failures + 1))
  fi
done < <(find "$tree/main.php" "$tree/src" -type f -name '*.php' -print0 | sort -z)
if [ $failures -ne 0 ] || [ $compiled -lt 50 ]; then
  echo "oo_app: $failures of $compiled compiles failed"
  exit 1
fi
find "$tree" -type f -name '*.php' -delete

# Shipped (issue 23): the app compiled as a tree (same names), and as one bundle, run from
# elsewhere. A bundle's files are phpovm:// URLs, which the app's own message shortening (for
# paths starting with "/") leaves a "phpovm://" of; its output is compared without it.
"$PHPOVM" compile "$app" -o "$work/shipped/tree" > "$work/ship.log" 2>&1 &&
  "$PHPOVM" bundle -o "$work/shipped/app.phpo" "$app/main.php" >> "$work/ship.log" 2>&1 ||
  { echo "FAIL: compile or bundle of the app:"; cat "$work/ship.log"; failures=$((failures + 1)); }
[ -s "$work/ship.log" ] && { echo "FAIL: compiling or bundling the app printed:"; cat "$work/ship.log"; failures=$((failures + 1)); }
run tree "$work/elsewhere" env -u OO_APP_EXT -u OO_APP_ROOT "$PHPOVM" -n -d error_reporting=-1 "$work/shipped/tree/main.php"
run bundle "$work/elsewhere" env -u OO_APP_EXT -u OO_APP_ROOT "$PHPOVM" -n -d error_reporting=-1 "$work/shipped/app.phpo"
for part in err out; do sed -i -e "s|phpovm://$work/shipped/app.phpo$app|$app|g" -e 's|phpovm://||g' -e '/^checksum: md5=/d' "$work/bundle.$part"; done

run images "$work/elsewhere" env OO_APP_EXT=phpo OO_APP_ROOT="$tree" "$PHPOVM" -n -d error_reporting=-1 "$tree/main.phpo"
run sources "$app" env -u OO_APP_EXT -u OO_APP_ROOT "$PHPOVM" -n -d error_reporting=-1 main.php
run mixed "$app" env OO_APP_EXT=phpo OO_APP_ROOT="$tree" "$PHPOVM" -n -d error_reporting=-1 main.php

# An image names its own file (spec/phpo-format.md, "Relocation"): Currency.phpo where php-cli,
# running the source, says Currency.php. The app's checksum of its own output then differs: it is
# left out of their comparison (every line it covers is compared).
for name in images mixed; do
  for part in err out; do sed -i -e 's/\.phpo\b/.php/g' -e '/^checksum: md5=/d' "$work/$name.$part"; done
done
sed '/^checksum: md5=/d' "$work/expected.out" > "$work/expected_images.out"
for name in images sources mixed tree bundle; do
  for part in rc err out; do
    expected=$work/expected.$part
    case $name.$part in images.out|mixed.out|bundle.out) expected=$work/expected_images.out ;; esac
    if ! cmp -s "$expected" "$work/$name.$part"; then
      echo "FAIL: $name run, $part differs from php-cli (diff php-cli phpovm):"
      diff -u --label php-cli --label "phpovm $name" "$expected" "$work/$name.$part" > "$work/diff"
      head -n 120 "$work/diff"
      lines=$(wc -l < "$work/diff")
      [ "$lines" -gt 120 ] && echo "  ... $((lines - 120)) more diff lines"
      failures=$((failures + 1))
    fi
  done
done
[ $failures -eq 0 ] && echo "oo_app: $compiled files as images, as sources, mixed, as a compiled tree and as a bundle run as php-cli runs the sources ($(wc -l < "$work/expected.out") lines)"
exit $((failures != 0))
