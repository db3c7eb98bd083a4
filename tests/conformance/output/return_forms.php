<?php
// print_r / var_export with return=true, printf/sprintf with positional arguments.
$data = ['a' => 1, 'b' => [true, null, 1.5], 'c' => "q'uote"];
$s = print_r($data, true);
var_dump(strlen($s));
echo str_replace("\n", '\n', $s), "\n";
$e = var_export($data, true);
echo $e, "\n";
var_dump(eval("return $e;") === $data);
var_dump(print_r(3.0, true), print_r(false, true), print_r(null, true), print_r('s', true));
var_dump(var_export(3.0, true), var_export(-0.0, true), var_export(false, true), var_export(null, true));
var_dump(var_export("a\\b'c\n", true));
var_dump(var_export([], true), var_export([1 => [2 => []]], true));
// return mode inside an output buffer does not print
ob_start();
$inner = print_r([1, 2], true);
$buffered = ob_get_clean();
var_dump($buffered, strlen($inner));
$n = printf("%2\$s %1\$s %2\$s\n", 'world', 'hello');
var_dump($n);
printf("%1\$05d|%1\$-5d|%1\$x|%1\$o|%1\$b\n", 42);
printf("%1\$'*10s|%2\$.3f|%1\$-10s|\n", 'pad', M_PI);
printf("%3\$s %1\$s %2\$s\n", 'a', 'b', 'c');
echo sprintf('%1$s%1$s%1$s', 'ab'), "\n";
echo vsprintf('%2$s/%1$s', ['x', 'y']), "\n";
try {
    printf('%3$s', 'a', 'b');
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    printf('%0$s', 'a');
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
printf("%%1\$s literal, %1\$+d, %1\$e\n", 12345);
