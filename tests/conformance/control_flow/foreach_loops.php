<?php
// foreach by value and with keys, nested.
$fruits = ["apple", "banana", "cherry"];
foreach ($fruits as $f) {
    echo $f, "\n";
}
foreach ($fruits as $i => $f) {
    echo "$i: $f\n";
}
$assoc = ["one" => 1, "two" => 2, 10 => "ten", "x" => [1, 2]];
foreach ($assoc as $k => $v) {
    echo var_export($k, true), " => ", is_array($v) ? "array(" . count($v) . ")" : $v, "\n";
}
$matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
$total = 0;
foreach ($matrix as $r => $row) {
    foreach ($row as $c => $cell) {
        $total += $cell;
        if ($r == $c) {
            echo "diag $cell\n";
        }
    }
}
var_dump($total);
foreach ([] as $never) {
    echo "never\n";
}
$modify = [1, 2, 3];
foreach ($modify as $k => $v) {
    if ($k == 0) {
        $modify[] = 4;
        unset($modify[1]);
    }
    echo "saw $v\n";
}
var_dump($modify);
foreach ($fruits as $f) {
}
var_dump($f);
foreach (["a" => ["x" => 1, "y" => 2], "b" => ["x" => 3, "y" => 4]] as $name => ["x" => $x, "y" => $y]) {
    echo "$name: $x,$y\n";
}
$nested = ["l1" => ["l2" => ["l3" => "deep"]]];
foreach ($nested as $k1 => $v1) {
    foreach ($v1 as $k2 => $v2) {
        foreach ($v2 as $k3 => $v3) {
            echo "$k1/$k2/$k3 = $v3\n";
        }
    }
}
foreach (range(1, 3) as $n):
    echo "alt $n\n";
endforeach;
$keys = "";
foreach (["b" => 1, "a" => 2, 3 => 3] as $key => $unused) {
    $keys .= $key;
}
var_dump($keys);
$words = ["x" => "ex", "y" => "why"];
foreach ($words as $k => $w) {
    $words[$k] = strtoupper($w);
}
var_dump($words);
echo "iterate scalar:\n";
foreach (5 as $bad) {
    echo "never";
}
echo "after\n";
