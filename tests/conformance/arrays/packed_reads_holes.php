<?php
// Reads of packed arrays by integer index: elements, holes left by unset(), past the end,
// negative indexes, references inside the array, ?? and isset() on each, and temporaries.
function reads(array $a, int $i) {
    $r = $a[$i] ?? "default";
    $s = isset($a[$i]) ? "set" : "unset";
    echo "$i: ", var_export($r, true), " $s\n";
}
$a = [10, 20, 30, 40];
unset($a[1]);
$x = 99;
$a[2] = &$x;
for ($i = -1; $i < 6; $i++) reads($a, $i);
echo $a[0], " ", $a[2], " ", $a[3], "\n";
echo @$a[1], "|\n";
echo $a[1] ?? "hole", "\n";
try { echo $a[1], "\n"; } catch (Throwable $e) { echo get_class($e), "\n"; }
echo $a[7] ?? "end", "\n";
$t = [[1, 2], [3, [4, 5]]];
echo $t[1][1][0], $t[0][1], "\n";
function make() { return [5, 6, 7]; }
echo make()[2], "\n";
$n = null;
var_dump($n[0], "abc"[1], [1, 2][1]);
$g = (function () { yield 1; })();
echo isset($a[0][0]) ? "y" : "n", "\n";
$arr = [1, null, 3];
var_dump($arr[1], isset($arr[1]), $arr[1] ?? "null-coalesced");
list($p, , $q) = [7, 8, 9];
[$u, [$v]] = [1, [2]];
echo "$p $q $u $v\n";
echo $a[1];
echo "\nafter\n";
