<?php
// Nested output buffers: levels, contents, flushing into the parent, cleaning.
echo "level ", ob_get_level(), "\n";
var_dump(ob_get_contents(), ob_get_length());
ob_start();
echo "outer-a ";
ob_start();
echo "inner-a ";
$lvl = ob_get_level();
$inner = ob_get_contents();
ob_start();
echo "deepest";
$deep = ob_get_clean();
echo "inner-b ";
ob_end_flush();          // inner content goes into outer
echo "outer-b";
$len = ob_get_length();
$outer = ob_get_clean();
var_dump($lvl, $inner, $deep, $len, $outer, ob_get_level());

// ob_get_flush returns the contents and passes them on.
ob_start();
echo "passed through\n";
$copy = ob_get_flush();
var_dump($copy);

// ob_clean keeps the buffer but discards contents; ob_flush sends and keeps it.
ob_start();
echo "discarded";
ob_clean();
echo "kept1 ";
ob_flush();
echo "kept2\n";
var_dump(ob_get_level());
ob_end_flush();

// Ending buffers that do not exist.
var_dump(ob_end_clean());
var_dump(ob_end_flush());
var_dump(ob_get_clean());
var_dump(ob_get_flush());
echo "\n";

// Buffers left open are flushed at the end in order.
ob_start();
echo "left open 1\n";
ob_start();
echo "left open 2\n";
echo "levels open at exit: ", ob_get_level(), "\n";
