<?php
// -d values that start with something other than a letter, a digit or a quote are taken as written
// (php-cli quotes them), not as ini expressions.
// ini: arg_separator.output=&amp;
// ini: error_log=/dev/null
// ini: user_agent=(phpovm-test)
// ini: highlight.comment=#FF8000
var_dump(ini_get('arg_separator.output'), ini_get('error_log'), ini_get('user_agent'), ini_get('highlight.comment'));
