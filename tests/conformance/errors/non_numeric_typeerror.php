<?php
// A wholly non-numeric string in arithmetic is an uncaught TypeError.
var_dump("10" * "3");
var_dump("1.5" + "1.5");
echo "now multiplying a non-numeric string\n";
var_dump("hello" * 2);
echo "not reached\n";
