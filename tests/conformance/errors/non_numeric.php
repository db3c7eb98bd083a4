<?php
// Leading-numeric strings warn ("A non-numeric value encountered"); whitespace-only trailing is fine.
var_dump("10 apples" + 5);
var_dump("3.5 kg" * 2);
var_dump("  12  " + 0);
var_dump("7e" + 0);
var_dump("1e3x" + 0);
var_dump(10 - "2 things");
var_dump("8 bits" / "2 halves");
var_dump("5" ** "2x");
var_dump("9 lives" % 4);
var_dump("12px" | 1);
var_dump(-"4 legs");
$s = "5 stars";
$s += 1;
var_dump($s);
$t = "2.5 m";
$t *= 4;
var_dump($t);
$u = "3 x";
$u++;
var_dump($u);
var_dump("4 " == 4, "4 x" == 4, "abc" == 0, "1e1 " == 10);
var_dump(is_numeric("5 apples"), is_numeric("5 "), is_numeric(" 5"), (int)"5 apples");
echo "done\n";
