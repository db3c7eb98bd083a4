<?php
// Division by zero: fdiv and fmod return special floats, "/" throws DivisionByZeroError.
var_dump(fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fmod(5, 0));
var_dump(0 / 1, -0.0 / 1, 10 / 3);
$vals = [1, 2, 4];
foreach ($vals as $v) {
    echo "10 / $v = ", 10 / $v, "\n";
}
echo "dividing by zero now\n";
$zero = 0;
echo 10 / $zero;
echo "not reached\n";
