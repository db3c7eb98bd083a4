<?php
// iterator_apply over ArrayIterator with closures: return value controls continuation.
$it = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4]);
$seen = [];
$n = iterator_apply($it, function () use ($it, &$seen) {
    $seen[] = $it->key() . '=' . $it->current();
    return true;
});
var_dump($n, $seen);
// stop when the callback returns false-ish
$seen = [];
$n = iterator_apply($it, function (ArrayIterator $i) use (&$seen) {
    $seen[] = $i->current();
    return $i->current() < 2;
}, [$it]);
var_dump($n, $seen);
// returning nothing stops after the first element
$count = 0;
$n = iterator_apply($it, function () use (&$count) { $count++; });
var_dump($n, $count);
// multiple args
$sum = 0;
$n = iterator_apply($it, function ($iter, $mult) use (&$sum) {
    $sum += $iter->current() * $mult;
    return 1;
}, [$it, 10]);
var_dump($n, $sum);
// empty iterator
var_dump(iterator_apply(new ArrayIterator([]), fn() => true));
// arrow fn with outer state by value
$prefix = 'k:';
$keys = [];
iterator_apply($it, function () use ($it, $prefix, &$keys) {
    $keys[] = $prefix . $it->key();
    return true;
});
echo implode(' ', $keys), "\n";
// exception inside callback
try {
    iterator_apply($it, function () use ($it) {
        if ($it->key() === 'c') throw new RuntimeException('stop at c');
        echo "visit ", $it->key(), "\n";
        return true;
    });
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
