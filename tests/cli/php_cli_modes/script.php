<?php
// A script run from a file, from standard input and as an image.
/* a comment that -w strips */
echo "argv: ", implode(" ", $argv), "\n";
var_dump($argc, $_SERVER['SCRIPT_FILENAME'], $_SERVER['PHP_SELF'], basename(__FILE__), defined('STDIN'));
printf("%.3f\n", 1 / 3);
