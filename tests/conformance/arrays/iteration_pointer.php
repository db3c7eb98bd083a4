<?php
// Internal array pointer functions and foreach over copies, modification during foreach.
$a = ["x" => 1, "y" => 2, "z" => 3];
var_dump(current($a), key($a), next($a), key($a), next($a), next($a), key($a), current($a), reset($a), end($a), key($a), prev($a), prev($a), prev($a));
$e = [];
var_dump(current($e), key($e), end($e), reset($e));
$b = [1, 2, 3];
foreach ($b as $k => $v) {
    if ($k === 0) {
        $b[] = 4;
        $b[1] = 20;
    }
    echo "$k=>$v ";
}
echo "\n";
var_dump($b);
$c = [1, 2, 3];
foreach ($c as $v) {
    unset($c[1]);
    echo $v, " ";
}
echo "\n", count($c), "\n";
$d = ["a" => 1, "b" => 2];
while (($v = current($d)) !== false) {
    echo key($d), "=", $v, " ";
    next($d);
}
echo "\n";
$f = [false, 0, null];
var_dump(current($f), each_like($f));
function each_like($arr) {
    $out = [];
    foreach ($arr as $k => $v) $out[] = [$k, $v];
    return count($out);
}
$g = [3 => "c", 1 => "a"];
end($g);
$g[] = "new";
var_dump(key($g), current($g));
$h = [1, 2, 3, 4, 5, 6];
foreach ($h as $i => $v) {
    if ($v % 2) continue;
    if ($v > 4) break;
    echo "even $v at $i\n";
}
$nested = ["r1" => ["c1" => 1, "c2" => 2], "r2" => ["c1" => 3]];
foreach ($nested as $row => $cols) {
    foreach ($cols as $col => $val) {
        echo "$row.$col=$val ";
    }
}
echo "\n";
$keys = array_keys($nested);
for ($i = count($keys) - 1; $i >= 0; $i--) echo $keys[$i], " ";
echo "\n";
var_dump(array_walk_recursive($nested, 'pr'));
function pr($v, $k) { echo "$k:$v,"; }
echo "\n";
var_dump(iterator_count_like([1,2,3]));
function iterator_count_like(array $x): int { $n = 0; foreach ($x as $_) $n++; return $n; }
