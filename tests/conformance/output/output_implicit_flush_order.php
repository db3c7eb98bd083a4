<?php
// Interleaving of echo, print, printf, var_dump, print_r(return) and var_export with buffers.
$parts = [];
ob_start();
var_dump([1 => "a", "k" => [true, null]]);
$parts[] = ob_get_clean();
$parts[] = print_r(["x" => 1.0, "y" => [2]], true);
$parts[] = var_export([1.5, "q'uote", false, null], true);
ob_start();
debug_zval_refcount_free: {
    echo "label is fine\n";
}
$parts[] = ob_get_clean();
foreach ($parts as $i => $p) {
    printf("--- part %d (%d bytes)\n%s\n", $i, strlen($p), rtrim($p));
}
ob_start();
print_r("plain string");
print_r(42);
print_r(null);
print_r(false);
print_r(3.0);
$s = ob_get_clean();
var_dump($s);
ob_start();
echo "A";
ob_start();
echo "B";
ob_start();
echo "C";
$all = "";
while (ob_get_level() > 0) {
    $all = ob_get_clean() . $all;
}
var_dump($all);
