#!/usr/bin/env bash
# An included image is mapped, not copied (loader/mapped_file.h): a function's body is read from
# the file when the function is first called. What happens when the file changes on disk while a
# request uses the image (spec/differences.md): replaced by rename, the request keeps running the
# old code; truncated, or rewritten in place, a body not read yet is refused with the invalid-image
# error at its first call (exit 255) and never runs. The process never dies of SIGBUS.
set -u
PHPOVM=$1 PHP=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Two versions of one library, with a long function so that its body lies past the first page
# and the image is large enough to be mapped (64 KiB).
for v in 1 2; do
  {
    echo '<?php'
    echo "function early(\$n) { return \$n * $v; }"
    echo "function late(\$n) {"
    echo '    $s = 0;'
    for i in $(seq 1 2500); do echo "    \$s += \$n * $i + $v; // line $i of a long body"; done
    echo '    return $s;'
    echo '}'
  } > "$work/lib$v.php"
  "$PHPOVM" compile -n "$work/lib$v.php" -o "$work/lib$v.phpo" || { echo "image file changes: compile failed"; exit 1; }
done
size=$(stat -c %s "$work/lib1.phpo")
[ "$size" -gt 65536 ] || { echo "image file changes: the library image is too small ($size bytes)"; exit 1; }

# main.php MODE: loads lib.phpo (a copy of lib1.phpo), calls early(), changes the file, then calls
# early() (linked before the change) and late() (first called after it).
cat > "$work/main.php" <<'PHP'
<?php
[$_, $mode] = $argv;
$dir = __DIR__;
copy("$dir/lib1.phpo", "$dir/lib.phpo");
require "$dir/lib.phpo";
echo early(21), "\n";
switch ($mode) {
    case 'rename':      // a deploy that writes a new file and renames it over the old one
        copy("$dir/lib2.phpo", "$dir/lib.new");
        rename("$dir/lib.new", "$dir/lib.phpo");
        break;
    case 'truncate':
        $f = fopen("$dir/lib.phpo", 'r+');
        ftruncate($f, 0);
        fclose($f);
        break;
    case 'rewrite':     // cp over the file: truncated, then written from the start
        file_put_contents("$dir/lib.phpo", file_get_contents("$dir/lib2.phpo"));
        break;
    case 'none':
        break;
}
echo early(4), "\n";
echo late(10), "\n";
echo "done\n";
PHP

expect_old=$(printf '21\n4\n%s\ndone' "$("$PHP" -n -r 'require $argv[1]; echo late(10);' "$work/lib1.php")")
for mode in none rename; do
  out=$("$PHPOVM" -n "$work/main.php" "$mode" 2>&1); rc=$?
  [ $rc -eq 0 ] && [ "$out" = "$expect_old" ] || fail "$mode: expected the old code to run to the end (exit $rc):"$'\n'"$out"
done
for mode in truncate rewrite; do
  out=$("$PHPOVM" -n "$work/main.php" "$mode" 2>&1); rc=$?
  if [ $rc -ne 255 ] || ! grep -q "lib.phpo: invalid image: the file changed on disk while in use in .*main.php on line 24" <<< "$out" ||
     [ "$(head -2 <<< "$out")" != $'21\n4' ] || grep -q "^done" <<< "$out"; then
    fail "$mode: expected early() to run and late()'s first call to fail (exit $rc):"$'\n'"$out"
  fi
done
[ $failures -eq 0 ] && echo "image file changes: rename keeps the old code; truncation and rewrites in place are refused at the next first call"
exit $((failures != 0))
