<?php
// Writing to string offsets, negative offsets, padding with spaces, and reading with {} - free syntax.
$s = "hello";
$s[0] = "J";
$s[-1] = "y";
echo $s, "\n";
$s[7] = "!";
var_dump($s);
$s[1] = "ABC";
var_dump($s);
$t = "abc";
$t[3] = "d";
var_dump($t);
$u = "x";
for ($i = 0; $i < strlen($u); $i++) {
    echo ord($u[$i]), " ";
}
echo "\n";
$word = "racecar";
$rev = "";
for ($i = strlen($word) - 1; $i >= 0; $i--) {
    $rev .= $word[$i];
}
var_dump($rev === $word);
$str = "0123456789";
var_dump($str[0], $str[9], $str[-10], $str["3"], $str[2.7]);
var_dump(isset($str[10]), isset($str[-11]), isset($str[9]), isset($str["1"]), isset($str["1x"]), isset($str[1][0]), empty($str[0]), empty($str[1]));
$caesar = "Hello, World";
$out = $caesar;
for ($i = 0; $i < strlen($out); $i++) {
    $c = $out[$i];
    if ($c >= 'a' && $c <= 'z') {
        $out[$i] = chr((ord($c) - 97 + 13) % 26 + 97);
    } elseif ($c >= 'A' && $c <= 'Z') {
        $out[$i] = chr((ord($c) - 65 + 13) % 26 + 65);
    }
}
echo $out, " ", str_rot13($caesar), "\n";
$bin = "";
$n = 37;
while ($n > 0) {
    $bin = ($n % 2) . $bin;
    $n = intdiv($n, 2);
}
echo $bin, " ", decbin(37), "\n";
$grid = str_repeat(".", 9);
$grid[4] = "X";
$grid[0] = "O";
echo implode("\n", str_split($grid, 3)), "\n";
$x = "abc";
$y = $x;
$y[0] = "Z";
var_dump($x, $y);
echo "Warning cases:\n";
$w = "abc";
echo $w[5], "|\n";
$w[-5] = "q";
var_dump($w);
