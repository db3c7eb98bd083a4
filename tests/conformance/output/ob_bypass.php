<?php
// Direct stream writes (php://stdout, STDOUT) bypass output buffers; php://output and print_r/var_export do not.
ob_start();
echo "buffered1\n";
file_put_contents('php://stdout', "direct1\n");
fprintf(STDOUT, "direct2 %d\n", 2);
fwrite(STDERR, "err\n");
file_put_contents('php://output', "output-wrapper\n");
$b = ob_get_clean();
echo "got: ", str_replace("\n", "|", $b), "\n";
ob_start(fn($x) => strtoupper($x), 0);
print_r([1]);
$r = print_r([2], true);
var_export(1.5);
$v = var_export([true], true);
echo "\n";
ob_end_flush();
echo $r, $v, "\n";
$h = fopen('php://output', 'w'); fwrite($h, "via output handle\n"); fclose($h);
$h = fopen('php://memory', 'w+'); fprintf($h, "%05.1f", 3.14159); rewind($h); var_dump(stream_get_contents($h));
register_shutdown_function(function () { file_put_contents('php://stdout', "shutdown direct\n"); echo "shutdown echo\n"; });
ob_start(fn($x) => "[[" . $x . "]]\n");
echo "left open";
