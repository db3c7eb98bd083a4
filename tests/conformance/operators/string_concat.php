<?php
// The . and .= operators with every type.
echo "a" . "b", "\n";
echo "n=" . 42 . "\n";
echo "neg=" . -7 . "\n";
echo "f=" . 1.5 . "|" . 1.0 . "|" . 0.1 + 0.2 . "|" . 1e100 . "|" . -0.0 . "|" . 1e15 . "|" . 1e14 . "\n";
echo "third=" . 1 / 3 . "\n";
echo "big=" . PHP_INT_MAX . "|" . (PHP_INT_MAX + 1) . "|" . PHP_INT_MIN . "\n";
echo "t=" . true . "|f=" . false . "|n=" . null . "|\n";
echo "inf=" . INF . "|" . -INF . "|nan=" . NAN . "\n";
echo "small=" . 0.00001 . "|" . 1.5e-7 . "|" . 0.0001 . "\n";
echo 1 . 2, "\n";
echo 1.5 . 2.5, "\n";
echo -1 . -2, "\n";
$s = "";
$s .= "x";
$s .= 1;
$s .= 2.5;
$s .= true;
$s .= false;
$s .= null;
$s .= -0.0;
var_dump($s);
$n = 5;
$n .= 5;
var_dump($n);
$f = 1.25;
$f .= "";
var_dump($f);
$u = null;
$u .= "start";
var_dump($u);
$b = true;
$b .= "!";
var_dump($b);
$parts = "";
for ($i = 0; $i < 5; $i++) {
    $parts .= $i . ",";
}
var_dump($parts, strlen($parts));
var_dump("10" . "20" == "1020", "5" + "5" . "5", "5" . "5" + "5");
$arr = [1, 2];
echo "arr=" . $arr . "\n";
$arr2 = [];
$t = "x";
$t .= $arr2;
var_dump($t);
