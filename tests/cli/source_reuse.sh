#!/usr/bin/env bash
# Source compiled in one process is compiled once (runtime/image_cache.h): 100,000 evals of the
# same code, or includes of the same file, keep phpovm's peak memory within php-cli's (each
# measured by getrusage() at the end of its own run, with a margin of 4 MiB for phpovm's own
# code). Before, each compilation was kept: 686 MB for the evals.
set -u
PHPOVM=$1 PHP=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
echo '<?php $x = ($x ?? 0) + 1;' > "$work/inc.php"
declare -A loops=(
  [eval]='for ($i = 0; $i < 100000; $i++) eval("return 1;");'
  [include]='for ($i = 0; $i < 100000; $i++) include $argv[1];'
  [eval_sites]='for ($i = 0; $i < 50000; $i++) { eval("return 1;"); eval("return 2;"); }'
)
for name in "${!loops[@]}"; do
  code="${loops[$name]} echo getrusage()['ru_maxrss'];"
  want=$("$PHP" -n -d memory_limit=16M -r "$code" "$work/inc.php" 2>&1)
  got=$("$PHPOVM" -n -d memory_limit=16M -r "$code" "$work/inc.php" 2>&1)
  if ! [[ "$want" =~ ^[0-9]+$ && "$got" =~ ^[0-9]+$ ]] || [ "$got" -gt $((want + 4096)) ]; then
    echo "FAIL: $name: php-cli's peak $want KiB, phpovm's $got KiB"
    failures=$((failures + 1))
  else
    echo "$name: php-cli's peak $want KiB, phpovm's $got KiB"
  fi
done
exit $((failures != 0))
