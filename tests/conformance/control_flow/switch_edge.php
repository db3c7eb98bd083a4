<?php
// switch with loose comparison, fallthrough, default in the middle, continue inside switch in loop.
function classify($v) {
    switch ($v) {
        case 0:
            return "zero";
        case "1":
            return "one";
        case "abc":
            return "abc";
        case null:
            return "null-ish";
        case 2.0:
            return "two";
        default:
            return "other";
    }
}
foreach ([0, "0", 1, "1", 1.0, "abc", "ABC", null, false, "", 2, "2", "2.0", true, [], "a"] as $v) {
    echo var_export($v, true), " -> ", classify($v), "\n";
}
function fall($n) {
    $out = [];
    switch ($n) {
        case 1:
            $out[] = "one";
        case 2:
            $out[] = "two";
            break;
        default:
            $out[] = "default";
        case 3:
            $out[] = "three";
        case 4:
            $out[] = "four";
    }
    return implode(",", $out);
}
for ($i = 0; $i <= 5; $i++) echo "$i: ", fall($i), "\n";
for ($i = 0; $i < 6; $i++) {
    switch ($i % 3) {
        case 0:
            continue 2;
        case 1:
            echo "one-mod ";
            break;
        default:
            echo "two-mod ";
    }
    echo "[$i] ";
}
echo "\n";
$x = 5;
switch (true) {
    case $x < 3:
        echo "small\n";
        break;
    case $x < 10:
        echo "medium\n";
        break;
    default:
        echo "large\n";
}
$count = 0;
switch ($count++) {
    case $count:
        echo "matched count\n";
        break;
    case 0:
        echo "matched zero\n";
        break;
}
switch ("x") {
}
switch (3) {
    default:
        echo "only default\n";
}
$s = "apple";
switch ($s):
    case "apple";
    case "pear";
        echo "fruit\n";
        break;
endswitch;
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        switch ($j) {
            case 1:
                continue 3;
            default:
                echo "$i$j ";
        }
    }
}
echo "\n";
while (true) {
    switch (1) {
        case 1:
            break 2;
    }
    echo "never\n";
}
echo "done\n";
