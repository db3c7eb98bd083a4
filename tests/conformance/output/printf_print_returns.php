<?php
// Return values of printf/print/echo-like functions and format edge cases.
$n = printf("%s has %d items\n", "cart", 3);
var_dump($n);
$p = print "print returns one\n";
var_dump($p);
$r = print("");
var_dump($r);
$v = vprintf("%2\$s-%1\$s\n", ["a", "b"]);
var_dump($v);
var_dump(printf(""));
$len = printf("%'*10s|%-10s|%05d|%+d|%x|%o|%b|%c|%e|%.3F|%u\n", "pad", "left", 42, 7, 255, 8, 5, 65, 12345.678, 2 / 3, 3);
var_dump($len);
var_dump(sprintf("%5.1f%%", 12.345), sprintf("%-6s|", "ab"), sprintf("%06.2f", -1.5));
var_dump(sprintf("%'010d", -42), sprintf("%10.4f", M_PI), sprintf("%s", true), sprintf("%d", "12abc"));
$chain = print print "nested\n";
var_dump($chain);
echo 1, 2.5, true, null, false, "x", "\n";
$x = 5;
echo "interpolated {$x}s and ${x} and $x\n";
try {
    printf("%d %d\n", 1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo sprintf("%z", 1), "\n";
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$count = fprintf(STDOUT, "fprintf %s\n", "to stdout");
var_dump($count);
echo number_format(1234.5), " ", number_format(0.5), " ", number_format(-1234.567, 2, ',', '.'), "\n";
