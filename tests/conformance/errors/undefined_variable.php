<?php
// Reading undefined variables: warning, value is null, execution continues.
echo "start\n";
echo $undef1;
echo "\n";
var_dump($undef2);
$x = $undef3 + 1;
var_dump($x);
$s = "prefix " . $undef4;
var_dump($s);
$arr = [$undef5, 2];
var_dump($arr);
if ($undef6) {
    echo "never\n";
} else {
    echo "undefined is falsy\n";
}
$n = $undef7 ?? "coalesce is silent";
var_dump($n, isset($undef8), empty($undef9));
function f() {
    return $local + 1;
}
var_dump(f());
$undef10++;
var_dump($undef10);
$undef11 .= "appended";
var_dump($undef11);
$undef12 += 5;
var_dump($undef12);
$undef13[] = "auto array";
var_dump($undef13);
for ($i = 0; $i < 2; $i++) {
    echo "loop $i: ", $neverDefined, "|\n";
}
echo "end\n";
