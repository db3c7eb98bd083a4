<?php
// goto: forward jumps, backward jumps forming loops, jumping out of nested loops,
// and goto inside functions.
$i = 0;
start:
$i++;
echo "pass $i\n";
if ($i < 3) {
    goto start;
}
goto skip;
echo "this is skipped\n";
skip:
echo "after skip\n";

for ($a = 0; $a < 5; $a++) {
    foreach ([10, 20, 30] as $b) {
        while (true) {
            if ($a * $b >= 40) {
                echo "leaving all loops at a=$a b=$b\n";
                goto done;
            }
            break;
        }
    }
}
done:
echo "done label reached, a=$a\n";

function collatz(int $n): array {
    $steps = [];
    loop:
    $steps[] = $n;
    if ($n === 1) {
        goto finished;
    }
    $n = $n % 2 === 0 ? intdiv($n, 2) : 3 * $n + 1;
    goto loop;
    finished:
    return $steps;
}
echo implode(" ", collatz(6)), "\n";
echo count(collatz(27)), " steps for 27\n";

function retry(callable $op, int $max): string {
    $attempt = 0;
    again:
    $attempt++;
    try {
        return $op($attempt);
    } catch (RuntimeException $e) {
        echo "  attempt $attempt failed: ", $e->getMessage(), "\n";
        if ($attempt < $max) {
            goto again;
        }
    }
    return "gave up after $attempt";
}
echo retry(function ($n) { if ($n < 3) throw new RuntimeException("not yet"); return "ok on $n"; }, 5), "\n";
echo retry(function ($n) { throw new RuntimeException("never"); }, 2), "\n";

// goto out of a switch inside a loop
$words = ['apple', 'stop', 'pear'];
foreach ($words as $w) {
    switch ($w) {
        case 'stop':
            goto out;
        default:
            echo "word $w\n";
    }
}
out:
echo "stopped\n";
// goto to a label defined later, into the same block, jumping over a declaration
$x = 1;
if ($x) {
    goto inner;
}
$x = 100;
inner:
echo "x=$x\n";
