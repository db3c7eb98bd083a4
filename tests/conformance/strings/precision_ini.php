<?php
// ini: precision=17
// ini: serialize_precision=10
// The precision ini setting affects echo/string conversion; serialize_precision affects var_dump/var_export.
$vals = [0.1, 0.1 + 0.2, 1 / 3, 2.5, 1e20, 123456789.123456789, -0.0, 100.0, 1e-10];
foreach ($vals as $v) {
    echo $v, " | ", (string)$v, " | ", var_export($v, true), " | ";
    var_dump($v);
}
echo ini_get("precision"), " ", ini_get("serialize_precision"), "\n";
echo 0.1 + 0.7, "\n";
print_r([0.1, 1 / 3]);
echo "\n", implode(",", [1 / 7, 2 / 7]), "\n";
