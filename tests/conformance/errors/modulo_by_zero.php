<?php
// Modulo by zero throws DivisionByZeroError("Modulo by zero").
var_dump(10 % 3, 10 % -3, -10 % 3, 10.9 % 3);
$d = "0";
echo "modulo by string zero\n";
var_dump(7 % $d);
echo "not reached\n";
