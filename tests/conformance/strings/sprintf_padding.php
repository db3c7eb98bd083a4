<?php
// printf/sprintf family: padding, precision, argnum, signs, bases, vsprintf, number_format.
$fmts = ["%5d", "%-5d|", "%05d", "%+d", "%+05d", "%x", "%X", "%o", "%b", "%08b", "%c", "%e", "%.2e", "%E", "%g", "%G", "%%", "%u", "%10.3f", "%-10.3f|", "%'*10s", "%'010d", "%-'x10d", "%.3s", "%5.1s|", "%F"];
$vals = [42, -42, 3.14159, 0, 255, 1234567.891];
foreach ($fmts as $f) {
    $out = [];
    foreach ($vals as $v) {
        $out[] = sprintf($f, $v);
    }
    echo str_pad($f, 9), implode(" ", $out), "\n";
}
printf("%2\$s %1\$s %2\$s\n", "world", "hello");
printf("[%s] [%10s] [%-10s] [%'.10s]\n", "abc", "abc", "abc", "abc");
echo sprintf("%05.1f %05.1f %5.0f", 9.96, -9.96, 2.5), "\n";
echo sprintf("%d%%", 50), " ", sprintf("%s", true), " ", sprintf("%s", null), " ", sprintf("%d", "12abc"), "\n";
echo sprintf("%.10F %.0f %.15g", 1/3, 0.5, 0.1), "\n";
echo sprintf("%u", -1), "\n";
echo vsprintf("%04d-%02d-%02d", [2024, 3, 7]), "\n";
$n = printf("%s=%d\n", "len", 7);
var_dump($n);
echo number_format(1234567.891), " ", number_format(1234567.891, 2), " ", number_format(1234567.891, 2, ",", "."), " ", number_format(0.5), " ", number_format(-1234.567, 1), " ", number_format(1000, 0, "", " "), "\n";
echo number_format(-0.4), " ", number_format(1.005, 2), " ", number_format(99999.999, 2), " ", number_format(1e15, 0, '.', "'"), "\n";
echo str_pad("5", 3, "0", STR_PAD_LEFT), " ", str_pad("abc", 10, "-=", STR_PAD_BOTH), " ", str_pad("abc", 2), " ", str_pad("x", 6, "ab"), "\n";
echo sprintf("%'#12.3f|%-12s|%012.4f", 3.14159, "left", -3.14159), "\n";
echo sprintf("%5s|%-5s|", "toolongvalue", "toolongvalue"), "\n";
echo sprintf("%b %o %X", PHP_INT_MAX, 8, -1), "\n";
echo sprintf("%.3e", 0.000123456), " ", sprintf("%e", 0), " ", sprintf("%.1e", 9.96), "\n";
fprintf(STDOUT, "to stdout %s\n", "ok");
