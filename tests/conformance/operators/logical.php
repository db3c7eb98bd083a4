<?php
// Logical operators, short-circuiting and precedence of and/or.
function t($label) {
    echo "[t:$label]";
    return true;
}
function f($label) {
    echo "[f:$label]";
    return false;
}
$vals = [true, false, 0, 1, "", "0", "a", null, [], [0], 0.0, "0.0", " "];
foreach ($vals as $v) {
    echo var_export($v, true), ": ", var_export(!$v, true), " ", var_export((bool)$v, true), "\n";
}
var_dump(t(1) && f(2));
var_dump(f(1) && t(2));
var_dump(t(1) || f(2));
var_dump(f(1) || t(2));
var_dump(f(1) || f(2) || t(3) || t(4));
var_dump(t(1) and f(2));
var_dump(t(1) xor t(2));
var_dump(t(1) xor f(2));
var_dump(f(1) xor f(2));
echo "\n";
$a = true and false;
var_dump($a);
$b = (true and false);
var_dump($b);
$c = false or true;
var_dump($c);
$d = (false or true);
var_dump($d);
$e = true xor true;
var_dump($e);
var_dump(!0, !1, !!"a", !![], !null, !"0", !"00");
var_dump(1 && "a", 0 || "", "x" && [1], null || 0.0);
var_dump(true && false || true, true || false && false, !true || true, !(true || true));
$count = 0;
for ($i = 0; $i < 10; $i++) {
    if ($i % 2 == 0 && $i % 3 == 0 || $i == 7) {
        $count++;
        echo $i, " ";
    }
}
echo "\ncount=$count\n";
