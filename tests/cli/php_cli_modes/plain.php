<?php
// Run as source by php-cli and as an image by phpovm: prints nothing that names the file.
echo count($argv), " ", implode(",", array_slice($argv, 1)), "\n";
var_dump(defined('STDIN'), $_SERVER['SCRIPT_FILENAME'] === '' ? 'stdin' : 'file');
