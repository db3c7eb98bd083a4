<?php
// Lazy composition of generators: infinite sources, map, filter, take.
function naturals(int $from = 1) {
    for ($i = $from; ; $i++) {
        echo "  (produce $i)\n";
        yield $i;
    }
}
function map(callable $f, iterable $xs) { foreach ($xs as $k => $x) yield $k => $f($x); }
function filter(callable $p, iterable $xs) { foreach ($xs as $k => $x) if ($p($x)) yield $k => $x; }
function take(int $n, iterable $xs) {
    if ($n <= 0) return;
    foreach ($xs as $k => $x) {
        yield $k => $x;
        if (--$n === 0) return;
    }
}
function zip(iterable ...$its) {
    $its = array_map(fn($i) => (fn() => yield from $i)(), $its);
    while (true) {
        $row = [];
        foreach ($its as $it) {
            if (!$it->valid()) return;
            $row[] = $it->current();
            $it->next();
        }
        yield $row;
    }
}

echo "first three even squares:\n";
$pipeline = take(3, filter(fn($x) => $x % 2 === 0, map(fn($x) => $x * $x, naturals())));
foreach ($pipeline as $k => $v) echo "key $k value $v\n";

echo "take(0) never pulls:\n";
foreach (take(0, naturals()) as $v) echo $v;
echo "done\n";

echo "fibonacci:\n";
function fib() { [$a, $b] = [0, 1]; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } }
echo implode(' ', iterator_to_array(take(15, fib()), false)), "\n";
$big = null;
foreach (fib() as $i => $f) { if ($f > PHP_INT_MAX / 2) { $big = [$i, $f]; break; } }
var_dump($big);

echo "zip:\n";
foreach (zip(['a', 'b', 'c'], take(5, fib()), new ArrayIterator([true, false])) as $row) {
    echo json_encode($row), "\n";
}

echo "primes by trial division:\n";
function primes() {
    $found = [];
    for ($n = 2; ; $n++) {
        foreach ($found as $p) {
            if ($p * $p > $n) break;
            if ($n % $p === 0) continue 2;
        }
        $found[] = $n;
        yield $n;
    }
}
echo implode(',', iterator_to_array(take(20, primes()), false)), "\n";
