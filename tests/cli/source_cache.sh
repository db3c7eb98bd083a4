#!/usr/bin/env bash
# The compiled-source cache on disk (runtime/source_cache.h): entries are written for source files
# and run instead of compiling them again; they are keyed by the file's identity (an edit that
# keeps size, inode and mtime is not seen, as under opcache's file cache), so an edit is compiled
# again; a corrupt, truncated or foreign entry is compiled again, never run; racing processes
# leave whole entries; phpovm.cache=0 writes nothing; an unusable directory only means no cache;
# a file modified in the last 2 seconds and a compilation that printed diagnostics are not cached;
# the default directory is $XDG_CACHE_HOME/phpovm or ~/.cache/phpovm; compile settings are part
# of the key.
set -u
PHPOVM=$1 PHP=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
cd "$work" || exit 1

old() { touch -d '-1 minute' "$@"; }
cat > main.php <<'PHP'
<?php
require __DIR__ . '/lib.php';
echo greet("cache"), " ", PHP_VERSION_ID >= 80200 ? "8.2+" : "old", "\n";
PHP
cat > lib.php <<'PHP'
<?php
function greet($who) { return "hello, $who"; }
PHP
old main.php lib.php
want=$("$PHP" -n main.php)
entries() { find "$1" -name '*.phpo' -type f 2>/dev/null | wc -l; }
run() { "$PHPOVM" -n -d "phpovm.cache_dir=$work/cache" "$@" 2>&1; }

# Cold, then warm: the same output; one entry per file.
[ "$(run main.php)" = "$want" ] || fail "cold run"
[ "$(entries cache)" = 2 ] || fail "expected 2 entries after the cold run, found $(entries cache)"
[ "$(run main.php)" = "$want" ] || fail "warm run"
[ "$(entries cache)" = 2 ] || fail "the warm run wrote entries"
ls cache/*/*.tmp >/dev/null 2>&1 && fail "temporary files left behind"

# The entry is what runs: an edit that keeps the file's size, inode and modification time is not
# seen (the key is the file's identity, as opcache's), an edit that changes them is.
# (Written in place with ">", which keeps the inode; sed -i would make a new file.)
stamp=$(stat -c %y lib.php)
sed 's/hello/HELLO/' lib.php > lib.new && cat lib.new > lib.php && touch -d "$stamp" lib.php
[ "$(run main.php)" = "$want" ] || fail "an unchanged identity should run the cached entry"
sed 's/HELLO/howdy/' lib.php > lib.new && cat lib.new > lib.php && old lib.php
[ "$(run main.php)" = "howdy, cache 8.2+" ] || fail "an edited file should be compiled again: $(run main.php)"
sed 's/howdy/hello/' lib.php > lib.new && cat lib.new > lib.php && old lib.php

# Corrupt entries are compiled again, not run, and replaced.
[ "$(run main.php)" = "$want" ] || fail "run before corrupting"
for damage in flip truncate garbage; do
  for e in cache/*/*.phpo; do
    case $damage in
      flip) printf '\x55' | dd of="$e" bs=1 seek=200 conv=notrunc status=none ;;
      truncate) truncate -s 100 "$e" ;;
      garbage) head -c 4000 /dev/urandom > "$e" ;;
    esac
  done
  damaged=$(cat cache/*/*.phpo | md5sum)
  out=$(run main.php)
  [ "$out" = "$want" ] || fail "$damage entries: $out"
  # Refused and compiled again: the entries were written anew.
  [ "$(cat cache/*/*.phpo | md5sum)" != "$damaged" ] || fail "$damage entries were not replaced"
  [ "$(run main.php)" = "$want" ] || fail "$damage entries, after recompiling"
done
# An entry of another file in the place of this one's: its key differs, so it is not run.
set -- cache/*/*.phpo
cp "$1" "$work/first" && cp "$2" "$1" && cp "$work/first" "$2"
[ "$(run main.php)" = "$want" ] || fail "swapped entries: $(run main.php)"

# Racing processes: each prints the right output, and no temporary file is left.
rm -rf cache
for i in 1 2 3 4 5 6; do run main.php > "race$i.out" & done
wait
for i in 1 2 3 4 5 6; do [ "$(cat "race$i.out")" = "$want" ] || fail "racing run $i: $(cat "race$i.out")"; done
ls cache/*/*.tmp >/dev/null 2>&1 && fail "racing runs left temporary files"
[ "$(entries cache)" = 2 ] || fail "racing runs: expected 2 entries, found $(entries cache)"

# Off, or unusable: no entries, no complaint.
[ "$("$PHPOVM" -n -d phpovm.cache=0 -d "phpovm.cache_dir=$work/off" main.php 2>&1)" = "$want" ] || fail "cache=0 run"
[ -e off ] && fail "phpovm.cache=0 wrote $work/off"
echo "not a directory" > blocked
[ "$("$PHPOVM" -n -d "phpovm.cache_dir=$work/blocked" main.php 2>&1)" = "$want" ] || fail "unusable cache directory"

# A file modified just now is not cached; nor is one whose compilation printed a deprecation,
# which php-cli prints each time it compiles the file.
echo '<?php echo "fresh\n";' > fresh.php
[ "$(run fresh.php)" = "fresh" ] || fail "fresh file"
printf '<?php\n$name = "x";\necho "${name}\\n";\n' > deprecated.php
old fresh.php deprecated.php
before=$(entries cache)
run fresh.php > /dev/null
[ "$(entries cache)" = $((before + 1)) ] || fail "an old enough file should be cached"
want_dep=$("$PHP" -n -d error_reporting=-1 deprecated.php 2>&1)
for i in 1 2; do
  got=$(run -d error_reporting=-1 deprecated.php)
  [ "$got" = "$want_dep" ] || fail "deprecation, run $i: $got"
done
[ "$(entries cache)" = $((before + 1)) ] || fail "a compilation with a deprecation was cached"

# Compile settings are part of the key.
printf '<? echo "short tags on\\n"; ?>\nplain text\n' > short.php
old short.php
for setting in 0 1 0 1; do
  want_s=$("$PHP" -n -d short_open_tag=$setting short.php)
  got_s=$(run -d short_open_tag=$setting short.php)
  [ "$got_s" = "$want_s" ] || fail "short_open_tag=$setting: $got_s"
done

# The default directory.
mkdir home
HOME=$work/home XDG_CACHE_HOME= "$PHPOVM" -n main.php > /dev/null
[ "$(entries home/.cache/phpovm)" = 2 ] || fail "expected entries under \$HOME/.cache/phpovm"
HOME=$work/home XDG_CACHE_HOME=$work/xdg "$PHPOVM" -n main.php > /dev/null
[ "$(entries xdg/phpovm)" = 2 ] || fail "expected entries under \$XDG_CACHE_HOME/phpovm"

[ $failures -eq 0 ] && echo "source cache: entries are reused, refreshed, refused when damaged, and safe to race"
exit $((failures != 0))
