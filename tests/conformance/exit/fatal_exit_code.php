<?php
// A fatal error (uncaught Error) exits with status 255 after partial output.
echo "partial output before the fatal error\n";
$f = "undefined_function_" . "xyz";
$f();
echo "not reached\n";
