<?php
// @ applied to user functions and expressions; error_reporting is restored after
// an exception escapes a silenced call.
function warns($x) {
    echo "warns() sees error_reporting ", error_reporting(), "\n";
    $arr = [];
    return $arr[$x] ?? $arr[$x . "!"];
}
function throwsInside() {
    echo $undefinedInThrower;
    throw new RuntimeException("escaped from silenced call");
}
echo "normal:\n";
var_dump(warns("a"));
echo "silenced:\n";
var_dump(@warns("b"));
echo "reporting after: ", error_reporting(), "\n";
try {
    @throwsInside();
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
echo "reporting after exception: ", error_reporting(), "\n";
echo $visibleAgain;
$n = @(1 + $undefNum);
var_dump($n);
$arr = ['a' => ['b' => 1]];
var_dump(@$arr['x']['y'], @$arr['a']['z']);
$f = @fopen('/no/such/file', 'r');
var_dump($f);
$s = @str_repeat("x", -1);
echo "not reached\n";
