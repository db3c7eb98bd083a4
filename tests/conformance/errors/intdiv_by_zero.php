<?php
// intdiv by zero throws DivisionByZeroError from inside a function call.
function safeRatio($a, $b) {
    return intdiv($a, $b);
}
var_dump(safeRatio(10, 3), safeRatio(-10, 3));
var_dump(safeRatio(1, 0));
echo "not reached\n";
