<?php
// Incrementing a string offset is an Error with its own message.
$code = "A1";
$code[1] = "2";
echo $code, "\n";
$next = $code;
$next++;
echo $next, "\n";
echo "incrementing an offset:\n";
$code[0]++;
echo "not reached\n";
