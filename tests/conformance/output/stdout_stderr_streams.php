<?php
// Writing to STDOUT/STDERR constants and php://stdout / php://stderr, and how that interacts
// with echo and output buffering (direct stream writes bypass the buffer).
echo "echo 1\n";
fwrite(STDOUT, "fwrite STDOUT 1\n");
fwrite(STDERR, "fwrite STDERR 1\n");
$out = fopen('php://stdout', 'w');
$err = fopen('php://stderr', 'w');
var_dump(fwrite($out, "php://stdout\n"));
var_dump(fwrite($err, "php://stderr\n"));
fprintf($out, "%s=%05.2f\n", "fprintf", 3.14159);
fputs(STDERR, "fputs STDERR\n");
ob_start();
echo "buffered echo\n";
fwrite(STDOUT, "direct while buffering\n");
fwrite($out, "php://stdout while buffering\n");
$buffered = ob_get_clean();
echo "buffer held: ", json_encode($buffered), "\n";
file_put_contents('php://stdout', "file_put_contents stdout\n");
file_put_contents('php://stderr', "file_put_contents stderr\n");
$o = fopen('php://output', 'w');
ob_start();
fwrite($o, "php://output goes through the buffer\n");
$viaOutput = ob_get_clean();
echo "captured: ", $viaOutput;
var_dump(fclose($out), fclose($err));
fwrite(STDOUT, "STDOUT still usable after closing the php://stdout handle\n");
var_dump(is_resource(STDERR), get_resource_type(STDOUT));
echo "end\n";
