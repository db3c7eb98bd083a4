<?php
// if / elseif / else with values of every type.
function classify($v) {
    if ($v === null) {
        return "null";
    } elseif (is_bool($v)) {
        if ($v) {
            return "true";
        } else {
            return "false";
        }
    } elseif (is_int($v) || is_float($v)) {
        if ($v < 0) {
            return "negative";
        } else if ($v == 0) {
            return "zero";
        } elseif ($v < 10) {
            return "small";
        } else {
            return "large";
        }
    } elseif (is_string($v)) {
        return $v === "" ? "empty string" : "string of " . strlen($v);
    } else {
        return "array of " . count($v);
    }
}
foreach ([null, true, false, -3, 0, 0.0, 7, 7.5, 100, "", "abc", [], [1, 2]] as $v) {
    echo var_export($v, true), " -> ", classify($v), "\n";
}
$tests = [0, 1, -1, "0", "", "a", "0.0", [], [0], null, 0.0, -0.0, " "];
foreach ($tests as $t) {
    if ($t) {
        echo "truthy ";
    } else {
        echo "falsy ";
    }
}
echo "\n";
$x = 5;
if ($x > 3) echo "no braces\n";
if ($x > 10) echo "never\n"; else echo "else without braces\n";
if ($x == 5):
    echo "alt syntax if\n";
elseif ($x == 6):
    echo "alt elseif\n";
else:
    echo "alt else\n";
endif;
if ($x > 1) {
    if ($x > 2) {
        if ($x > 3) {
            if ($x > 4) {
                echo "deeply nested\n";
            }
        }
    }
}
$grade = 83;
if ($grade >= 90) { $l = "A"; } elseif ($grade >= 80) { $l = "B"; } elseif ($grade >= 70) { $l = "C"; } else { $l = "F"; }
echo "grade $grade is $l\n";
if (($y = $x * 2) > 8) {
    echo "assigned in condition: $y\n";
}
