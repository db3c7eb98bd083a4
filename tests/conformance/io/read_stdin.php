<?php
// The runner gives programs an empty standard input.
var_dump(fgets(STDIN), feof(STDIN), stream_get_contents(STDIN));
var_dump(file_get_contents('php://stdin'));
$in = fopen('php://stdin', 'r');
var_dump(fread($in, 10), is_resource($in));
