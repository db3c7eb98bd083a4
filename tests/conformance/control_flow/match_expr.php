<?php
// match expressions; the last one has no matching arm.
function m($v) {
    return match ($v) {
        0 => "int zero",
        "0" => "string zero",
        1, 2, 3 => "small int",
        1.5 => "float",
        true => "true",
        null => "null",
        [1, 2] => "array",
        default => "default",
    };
}
foreach ([0, "0", 1, 3, "3", 1.5, true, false, null, [1, 2], "x"] as $v) {
    echo str_replace("\n", "", var_export($v, true)), " => ", m($v), "\n";
}
$age = 25;
$group = match (true) {
    $age < 13 => "child",
    $age < 20 => "teen",
    $age < 65 => "adult",
    default => "senior",
};
echo "group: $group\n";
function side($x) {
    echo "[arm $x]";
    return $x;
}
$r = match (2) {
    side(1) => "one",
    side(2) => "two",
    side(3) => "three",
};
echo " => $r\n";
$ops = ["+", "-", "*", "/", "%"];
foreach ($ops as $op) {
    $res = match ($op) {
        "+" => 7 + 3,
        "-" => 7 - 3,
        "*" => 7 * 3,
        "/" => 7 / 3,
        default => "unknown op $op",
    };
    echo "7 $op 3 = ", var_export($res, true), "\n";
}
echo match (3) { 1, 2 => "low", 3, 4 => "mid", default => "high" }, "\n";
$v = "5";
echo "about to fail\n";
echo match ($v) {
    5 => "int five",
    "five" => "word",
};
echo "not reached\n";
