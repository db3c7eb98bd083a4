<?php
// header(), setcookie() and headers_list() under the CLI before any output: headers are
// accepted but never recorded (php-cli's header handler drops them); after output starts,
// header() warns and headers_sent() reports where the output started.
$sentBefore = headers_sent();
header("X-First: 1");
header("X-Second: 2");
header("X-First: replaced");
header_remove("X-Second");
setcookie("name", "value");
$list = headers_list();
$code1 = http_response_code();
http_response_code(201);
$code2 = http_response_code();
var_dump($sentBefore, $list, $code1, $code2);
var_dump(headers_sent($file, $line), basename($file), $line);
header("X-After-Output: 3");
var_dump(headers_list());
