<?php
// stdout and stderr streams interleaved: echo, fwrite(STDERR), fprintf(STDOUT), php://stdout.
echo "line 1 echo\n";
fwrite(STDERR, "err 1\n");
$n = fprintf(STDOUT, "line %d fprintf %s\n", 2, 'STDOUT');
var_dump($n);
$n = fprintf(STDERR, "err %02d via fprintf\n", 2);
fwrite(STDERR, "fprintf returned $n\n");
$w = file_put_contents('php://stdout', "line 3 php://stdout\n");
var_dump($w);
$w = file_put_contents('php://stderr', "err 3 php://stderr\n");
echo "stderr wrote $w\n";
$w = file_put_contents('php://stdout', ['arr', 'ay', "\n"]);
var_dump($w);
$w = file_put_contents('php://output', "via php://output\n");
var_dump($w);
$h = fopen('php://stdout', 'w');
fwrite($h, "via fopen php://stdout\n");
fclose($h);
print("print\n");
fputs(STDOUT, "fputs STDOUT\n");
for ($i = 0; $i < 3; $i++) {
    echo "loop $i out\n";
    fwrite(STDERR, "loop $i err\n");
}
var_dump(fwrite(STDERR, ''));
var_dump(fflush(STDOUT), fflush(STDERR));
vfprintf(STDOUT, "%s-%s\n", ['v', 'f']);
vfprintf(STDERR, "%s+%s\n", ['v', 'f']);
error_log('error_log to stderr');
echo "done\n";
