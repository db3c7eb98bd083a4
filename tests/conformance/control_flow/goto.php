<?php
// goto: forward and backward jumps, loops built with goto, jumping out of loops.
$i = 0;
start:
$i++;
if ($i < 3) {
    echo "iteration $i\n";
    goto start;
}
echo "done at $i\n";
// Forward jump skipping code.
goto skip;
echo "this is skipped\n";
skip:
echo "after skip\n";
// Jumping out of nested loops.
for ($x = 0; $x < 5; $x++) {
    for ($y = 0; $y < 5; $y++) {
        if ($x * $y == 6) {
            goto found;
        }
    }
}
echo "not found\n";
found:
echo "found x=$x y=$y\n";
// goto inside a function, with labels of the same name as in main code.
function collatz($n) {
    $steps = 0;
    start:
    if ($n == 1) {
        goto end;
    }
    $n = $n % 2 ? 3 * $n + 1 : intdiv($n, 2);
    $steps++;
    goto start;
    end:
    return $steps;
}
var_dump(collatz(1), collatz(6), collatz(27));
// goto out of a foreach and a switch.
foreach (['a', 'b', 'stop', 'c'] as $v) {
    switch ($v) {
        case 'stop':
            goto out;
        default:
            echo "value $v\n";
    }
}
out:
echo "left foreach at $v\n";
// goto with finally: leaving a try block via goto runs finally? (jumping out of try is allowed).
function withFinally() {
    $log = [];
    try {
        $log[] = "try";
        goto after;
    } finally {
        $log[] = "finally";
    }
    after:
    $log[] = "after";
    return implode(",", $log);
}
var_dump(withFinally());
// A state machine with goto.
$input = "aabbbc";
$pos = 0;
$out = "";
stateA:
if ($pos < strlen($input) && $input[$pos] == 'a') { $out .= "A"; $pos++; goto stateA; }
stateB:
if ($pos < strlen($input) && $input[$pos] == 'b') { $out .= "B"; $pos++; goto stateB; }
if ($pos < strlen($input)) { $out .= "?" . $input[$pos]; $pos++; goto stateA; }
var_dump($out);
