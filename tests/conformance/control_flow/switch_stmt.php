<?php
// switch: loose comparison, fallthrough, default in the middle.
function describe($v) {
    switch ($v) {
        case 0:
            $r = "zero";
            break;
        case "a":
            $r = "letter a";
            break;
        case 1:
        case 2:
            $r = "one or two";
            break;
        default:
            $r = "default";
            break;
        case 3.0:
            $r = "three";
            break;
        case null:
            $r = "null-ish";
            break;
        case [1, 2]:
            $r = "the array";
            break;
    }
    return $r;
}
foreach ([0, "0", "a", 1, "2", 2.0, 3, "3", "3.0", null, false, "", true, [1, 2], [2, 1], "zzz", 99] as $v) {
    echo str_replace("\n", "", var_export($v, true)), " => ", describe($v), "\n";
}
function fall($n) {
    $out = [];
    switch ($n) {
        case 1:
            $out[] = "one";
        case 2:
            $out[] = "two";
        default:
            $out[] = "default";
        case 3:
            $out[] = "three";
            break;
        case 4:
            $out[] = "four";
    }
    return implode(",", $out);
}
for ($i = 0; $i <= 5; $i++) {
    echo "fall($i): ", fall($i), "\n";
}
$s = "apple";
switch (true) {
    case strlen($s) > 10:
        echo "long\n";
        break;
    case $s[0] === "a":
        echo "starts with a\n";
        break;
    default:
        echo "other\n";
}
switch ("1e1") {
    case "10":
        echo "numeric strings compare numerically\n";
        break;
    default:
        echo "no\n";
}
switch (5) {
}
switch (2):
    case 1:
        echo "alt one\n";
        break;
    case 2:
        echo "alt two\n";
        break;
endswitch;
for ($i = 0; $i < 5; $i++) {
    switch ($i) {
        case 1:
            continue 2;
        case 3:
            break 2;
    }
    echo "loop $i\n";
}
echo "i=$i\n";
$calls = 0;
function val($x) {
    echo "[eval $x]";
    return $x;
}
switch (val(2)) {
    case val(1):
        echo "1\n";
        break;
    case val(2):
        echo "2\n";
        break;
    case val(3):
        echo "3\n";
        break;
}
