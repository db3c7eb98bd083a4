<?php
// Arithmetic with operands of every scalar type.
var_dump("5" + 3, "5" + "3", "1.5" + 1, "1e2" + 0, " 42" + 0, "42 " + 0, "0x1A" + 0);
var_dump(".5" + 0, "5." + 0, "-3" * "-2", "+7" - 1, "1_000" + 0);
var_dump(true + true, true + 1, false * 5, null + 5, null * null, true / 2, null - 1);
var_dump(1 + 1.0, 5 - 0.5, "10" / "4", "10" / "5", "3" % "2", "2" ** "3", "2.5" ** 2);
var_dump("5 apples" + 3);
var_dump("3.5kg" * 2);
var_dump("12abc" % 5);
var_dump(-"5", -"1.5", +"3", -null, -true, +false, "  7  " * 1, "1e500" + 0, "-0" + 0, "-0.0" + 0);
var_dump("9223372036854775807" + 1, "9223372036854775808" + 0, "-9223372036854775808" - 1);
var_dump(7 + "7", 7 . "7", "7" . 7 + 1);
$s = "10";
$s += 5;
var_dump($s);
$s = "2.5";
$s *= 2;
var_dump($s);
$n = null;
$n += 3;
var_dump($n);
$b = true;
$b -= 3;
var_dump($b);
var_dump(1.9 | 0);
var_dump("8" % 3.9);
echo "wholly non-numeric string next\n";
var_dump("abc" + 1);
echo "not reached\n";
