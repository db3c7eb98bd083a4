<?php
// Values reaching the interpreter's inline paths at run time (function arguments, so the
// optimizer cannot fold them), with the edge cases those paths hand back to the general path.
function show(string $label, callable $f): void {
    try {
        echo $label, ": ";
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function ops(int|float|string|null|bool $a, int|float|string|null|bool $b): void {
    show("$a % $b", fn() => $a % $b);
    show("$a << $b", fn() => $a << $b);
    show("$a >> $b", fn() => $a >> $b);
    show("$a & $b", fn() => $a & $b);
    show("$a | $b", fn() => $a | $b);
    show("$a ^ $b", fn() => $a ^ $b);
    show("$a / $b", fn() => $a / $b);
    show("$a - $b", fn() => $a - $b);
    show("$a * $b", fn() => $a * $b);
    show("$a === $b", fn() => $a === $b);
    show("$a !== $b", fn() => $a !== $b);
    show("$a < $b", fn() => $a < $b);
}
foreach ([[7, 3], [-7, 3], [7, -3], [PHP_INT_MIN, -1], [5, 0], [1, 63], [1, 64], [-8, 65], [1, -1],
          [PHP_INT_MAX, 2], [PHP_INT_MIN, 1], [6, 4], [1.5, 0.0], [2.5, 0.5], [10, 4], [9, 3],
          ["12", 5], [0.1, 0.2], [NAN, NAN], [1, 1.0], [null, false], [true, 1]] as [$a, $b]) {
    ops($a, $b);
}
function truth(mixed $v): array { return [!$v, (bool) $v, $v ? 'y' : 'n']; }
foreach ([0, 1, -1, null, true, false, 0.0, "0", "", [], [0]] as $v) echo json_encode(truth($v)), "\n";

function loops(int|float $n): int {
    $count = 0;
    for ($i = 0; $i < $n; $i++) $count++;          // int < int or float
    for ($f = 0.5; $f <= $n; $f += 1.5) $count++;   // float <= int|float
    while ($n != 0) { $n = (int) ($n / 2); $count++; }
    return $count;
}
var_dump(loops(10), loops(2.5), loops(0));
function undefined_in_condition(): void {
    if ($missing < 1) echo "undefined is less than 1\n";
    var_dump(!$missing2);
}
undefined_in_condition();

function compound(): void {
    $i = PHP_INT_MAX; $i += 1; var_dump($i);
    $j = PHP_INT_MIN; $j -= 1; var_dump($j);
    $f = 1.5; $f *= 2; $f -= 0.25; var_dump($f);
    $s = "3"; $s += 4; var_dump($s);
    $a = [1, 2.5, PHP_INT_MAX];
    $a[0] += 10; $a[1] *= 2; $a[2] += 1;
    var_dump($a);
    $shared = $a;
    $a[0] = 99;                  // the copy keeps its own value
    var_dump($shared[0], $a[0]);
    $a[5] = 7;                   // past the end: no longer packed-in-place
    $r = &$a[0];
    $a[0] = 5;                   // through a reference
    var_dump($r, count($a));
}
compound();

class Typed { public int $n = 1; public float $f = 1.0; }
function typed_refs(): void {
    $t = new Typed;
    $arr = [&$t->n, &$t->f];
    $arr[1] += 1;                // float stays float
    try { $arr[0] .= "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $arr[0] += 0.5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    $arr[0] += 2;
    var_dump($t);
}
typed_refs();
