<?php
// list() and [] destructuring by value.
[$a, $b, $c] = [1, 2, 3];
var_dump($a, $b, $c);
list($x, $y) = ["first", "second", "ignored"];
var_dump($x, $y);
[, $second, , $fourth] = [10, 20, 30, 40];
var_dump($second, $fourth);
list(, , $third) = ["a", "b", "c"];
var_dump($third);
["name" => $name, "age" => $age] = ["age" => 30, "name" => "Ann", "extra" => true];
var_dump($name, $age);
list("k" => $kv, 0 => $zero) = ["k" => "kay", 0 => "zero"];
var_dump($kv, $zero);
[[$p, $q], [$r, [$s]]] = [[1, 2], [3, [4]]];
var_dump($p, $q, $r, $s);
["pt" => [$px, $py]] = ["pt" => [5, 6]];
var_dump($px, $py);
$m = 1;
$n = 2;
[$m, $n] = [$n, $m];
var_dump($m, $n);
$pairs = [[1, "one"], [2, "two"], [3, "three"]];
foreach ($pairs as [$num, $word]) {
    echo "$num => $word\n";
}
foreach ([["id" => 7, "v" => "seven"], ["id" => 8, "v" => "eight"]] as ["id" => $id, "v" => $v]) {
    echo "$id:$v\n";
}
$src = [1, 2];
[$src[1], $src[0]] = $src;
var_dump($src);
$target = [];
[$target["a"], $target["b"]] = ["A", "B"];
var_dump($target);
$res = ([$u, $w] = [7, 8]);
var_dump($res, $u, $w);
[$d1, $d2] = explode("-", "left-right");
var_dump($d1, $d2);
[$only] = "not an array";
var_dump($only);
[$n1, $n2] = null;
var_dump($n1, $n2);
echo "missing elements:\n";
[$e1, $e2, $e3] = [1, 2];
var_dump($e1, $e2, $e3);
["nokey" => $nk] = ["other" => 1];
var_dump($nk);
