<?php
// Redefining constants triggers warnings; the original value is kept.
define("ONCE", 1);
var_dump(define("ONCE", 2));
var_dump(ONCE);
const TWICE = "first";
var_dump(define("TWICE", "second"));
var_dump(TWICE);
var_dump(define("lower", "ok"), lower, defined("LOWER"));
var_dump(define("__FOO__", "magic-looking"), __FOO__);
var_dump(constant("ONCE") + 1);
echo "done\n";
