#!/usr/bin/env bash
# What the JIT tier reports: phpovm.jit_stats prints one line of counts on stderr when the
# process ends (after the request has closed php's STDERR), and phpovm.jit_perf_map writes
# /tmp/perf-PID.map, where perf finds the names of compiled loops and functions.
set -u
PHPOVM=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > app.php <<'PHP'
<?php
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
$s = 0;
for ($i = 0; $i < 1000; $i++) { $s += $i * 2; }
echo fib(15), " ", $s, "\n";
PHP
fail=0
check() {  # check NAME CONDITION-RESULT DETAIL
  if [ "$2" != 0 ]; then
    echo "FAIL: $1: $3"
    fail=1
  fi
}
flags=(-n -d phpovm.jit=1 -d phpovm.jit_hot_func=2 -d phpovm.jit_hot_loop=2 -d phpovm.jit_background=0)
# The pid of the shell that execs phpovm is phpovm's.
sh -c 'echo $$ > pid; exec "$@"' sh "$PHPOVM" "${flags[@]}" -d phpovm.jit_stats=1 -d phpovm.jit_perf_map=1 app.php \
  > out 2> err
pid=$(cat pid)
map=/tmp/perf-$pid.map
trap 'rm -rf "$work" "$map"' EXIT
[ "$(cat out)" = "610 999000" ]; check output $? "$(cat out)"
grep -Eq '^phpovm jit stats: loops=1 functions=1 refused=0 entries=[1-9][0-9]* side_exits=0 failed_calls=0 compile_ms=[0-9.]+$' err
check stats $? "$(cat err)"
[ -f "$map" ]; check "perf map exists" $? "$map"
grep -Eq '^[0-9a-f]+ [0-9a-f]+ php_function_[0-9]+_0$' "$map" 2>/dev/null; check "perf map names fib's code" $? "$(cat "$map" 2>/dev/null)"
grep -Eq '^[0-9a-f]+ [0-9a-f]+ php_loop_[0-9]+$' "$map" 2>/dev/null; check "perf map names the loop" $? "$(cat "$map" 2>/dev/null)"
# Without the settings: no line, no map.
sh -c 'echo $$ > pid; exec "$@"' sh "$PHPOVM" "${flags[@]}" app.php > out 2> err
[ ! -s err ]; check "no stats unasked" $? "$(cat err)"
[ ! -f "/tmp/perf-$(cat pid).map" ]; check "no map unasked" $? ""
exit $fail
