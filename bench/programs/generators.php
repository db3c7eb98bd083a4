<?php
// Generators: pipelines of generators, keys, yield from, send().
function naturals($n)
{
    for ($i = 1; $i <= $n; $i++) {
        yield $i;
    }
}

function filterGen($gen, $mod)
{
    foreach ($gen as $v) {
        if ($v % $mod != 0) {
            yield $v;
        }
    }
}

function mapGen($gen)
{
    foreach ($gen as $k => $v) {
        yield $v => $v * $v % 1000;
    }
}

function chunks($n)
{
    yield from naturals($n);
    yield from [10, 20, 30];
    return 7;
}

function accumulator()
{
    $total = 0;
    while (true) {
        $x = yield $total;
        if ($x === null) {
            return $total;
        }
        $total += $x;
    }
}

$sum = 0;
for ($r = 0; $r < 80; $r++) {
    foreach (mapGen(filterGen(naturals(100000), 3)) as $k => $v) {
        $sum = ($sum + $k * $v) % 1000000007;
    }
    $g = chunks(50000);
    foreach ($g as $v) {
        $sum = ($sum + $v) % 1000000007;
    }
    $sum += $g->getReturn();
    $acc = accumulator();
    $acc->current();
    for ($i = 0; $i < 50000; $i++) {
        $acc->send($i & 7);
    }
    $sum = ($sum + $acc->current()) % 1000000007;
}
echo "checksum = $sum\n";
