<?php
// yield from arrays preserves the array's keys; automatic keys of the outer
// generator are not affected.
function fromArrays() {
    yield 'start';                      // 0
    yield from ['a', 'b'];              // keys 0, 1 of the array
    yield 'middle';                     // 1: the outer auto-key counter continues
    yield from ['k' => 'v', 5 => 'five'];
    yield 'end';                        // 2
    $r = yield from [];
    var_dump($r);
}

foreach (fromArrays() as $k => $v) {
    echo var_export($k, true), " => $v\n";
}
echo "iterator_to_array with keys (duplicates overwrite):\n";
var_dump(iterator_to_array(fromArrays()));
echo "without keys:\n";
var_dump(iterator_to_array(fromArrays(), false));

// yield from an array expression built at run time
function chunks(array $data, int $size) {
    foreach (array_chunk($data, $size, true) as $i => $chunk) {
        echo "chunk $i\n";
        yield from $chunk;
    }
}
foreach (chunks(['a' => 1, 'b' => 2, 'c' => 3], 2) as $k => $v) {
    echo "$k=$v\n";
}

// modifying the source array after yield from started has no effect
function fromVar() {
    $arr = [1, 2, 3];
    foreach ((function () use (&$arr) { yield from $arr; })() as $v) {
        $arr[] = $v * 10;
        yield $v;
    }
    yield count($arr);
}
echo implode(',', iterator_to_array(fromVar(), false)), "\n";

// yield from inside a loop, with nested arrays
function flatten(array $a) {
    foreach ($a as $k => $v) {
        if (is_array($v)) {
            yield from flatten($v);
        } else {
            yield $k => $v;
        }
    }
}
foreach (flatten(['x' => 1, 'y' => ['z' => 2, 'w' => [3, 4]], 5]) as $k => $v) {
    echo "$k:$v ";
}
echo "\n";
