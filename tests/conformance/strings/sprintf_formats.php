<?php
// sprintf / printf format specifiers.
$formats = ["%d", "%5d", "%-5d|", "%05d", "%+d", "%+05d", "%x", "%X", "%o", "%b", "%c", "%u", "%e", "%.2e", "%E", "%f", "%.0f", "%.3f", "%10.4f", "%-10.2f|", "%F", "%g", "%G", "%s", "%10s", "%-10s|", "%'*10s", "%'010d", "%5.1s", "%%"];
$values = [42, -42, 0, 255, 3.14159, -2.5, 1234567.891, "17abc", true, null];
foreach ($formats as $fmt) {
    $row = [];
    foreach ($values as $v) {
        $row[] = sprintf($fmt, $v);
    }
    echo str_pad($fmt, 8), " => ", implode(" | ", $row), "\n";
}
var_dump(sprintf("%s has %d items costing %.2f", "cart", 3, 19.999));
var_dump(sprintf('%2$s %1$s %2$s', "a", "b"));
var_dump(sprintf("%'.10d|%-'x10d|%+.1f", 42, 42, 3.25));
var_dump(sprintf("%b %o %x %X", -1, -1, -1, -1));
var_dump(sprintf("%e", 0), sprintf("%.10f", 0.1), sprintf("%.15g", 0.1 + 0.2), sprintf("%g", 1e20), sprintf("%g", 0.00001234));
var_dump(sprintf("%d", "12.9"), sprintf("%d", 12.9), sprintf("%d", PHP_INT_MAX), sprintf("%d", 1e30), sprintf("%.2f", "abc"));
var_dump(sprintf("%5.2f%%", 45.678), sprintf("%03d:%02d", 5, 7), sprintf("[%6.2f]", -1.5), sprintf("[%-6s]", "ab"));
var_dump(sprintf("%s", 1.0), sprintf("%s", 0.1 + 0.2), sprintf("%s", 1e25), sprintf("%s", -0.0), sprintf("%.1f", 0.05), sprintf("%.1f", 0.15), sprintf("%.2f", 1.005));
var_dump(sprintf("%f", INF), sprintf("%d", INF), sprintf("%s", NAN), sprintf("%.3e", 123456));
var_dump(sprintf("no args"), sprintf("%c%c%c", 80, 72, 80), sprintf("%10.3e|", 1234.5678));
$len = printf("printf: %s=%d\n", "x", 10);
var_dump($len);
$len = printf("%08.3f|%-8s|%'#8s\n", 3.14159, "left", "right");
var_dump($len);
echo vsprintf("%s-%s-%04d\n", ["a", "b", 7]);
vprintf("%2\$s then %1\$s\n", ["first", "second"]);
echo sprintf("%'-20s", ""), "\n";
echo number_format(1234567.891), " ", number_format(1234567.891, 2), " ", number_format(1234567.891, 2, ",", "."), " ", number_format(0.5), " ", number_format(-1234.567, 1), "\n";
echo number_format(1.005, 2), " ", number_format(-0.4), " ", number_format(1000), " ", number_format(999.999, 2), " ", number_format(1234.5, 3, ".", " "), " ", number_format(12345.678, 0, "", "'"), "\n";
