<?php
// Concatenating a literal array: php-cli warns when the statement runs. libphp's optimizer pass 1
// would convert the literal while compiling (warning "in Unknown on line 0"); phpovm compiles such
// a file without that pass (spec/differences.md).
echo "before\n";
$u = "x";
$u .= [1];
var_dump($u);
