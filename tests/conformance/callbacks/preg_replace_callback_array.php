<?php
// preg_replace_callback_array: patterns applied in order, count, limit, flags.
$text = 'April 15, 2003; May 1, 2020 and 42 apples';
$count = 0;
$out = preg_replace_callback_array([
    '/(\w+) (\d+), (\d+)/' => function ($m) { return "{$m[3]}-" . strtoupper(substr($m[1], 0, 3)) . "-" . str_pad($m[2], 2, '0', STR_PAD_LEFT); },
    '/\d+ apples/' => fn($m) => '[' . $m[0] . ']',
    '/\d{4}/' => fn($m) => "<$m[0]>",
], $text, -1, $count);
var_dump($out, $count);
$out = preg_replace_callback_array(['/a/' => fn($m) => 'A', '/A/' => fn($m) => 'b'], 'banana', 2, $c2);
var_dump($out, $c2);
$res = preg_replace_callback_array(
    ['/\d+/' => fn($m) => $m[0] * 2],
    ['x' => 'a1b22', 'y' => 'none', 'z' => '333'],
    -1,
    $c3
);
var_dump($res, $c3);
$out = preg_replace_callback_array(
    ['/(?<word>[a-z]+)/' => fn($m) => "{$m['word']}@{$m[0][1]}"],
    'ab cd',
    -1,
    $c4,
    PREG_OFFSET_CAPTURE
);
var_dump($out, $c4);
$out = preg_replace_callback_array(
    ['/(x)?(y)/' => fn($m) => var_export($m, true)],
    'y',
    -1,
    $c5,
    PREG_UNMATCHED_AS_NULL
);
echo $out, "\n";
$seen = [];
preg_replace_callback_array(['/./' => function ($m) use (&$seen) { $seen[] = $m[0]; return ''; }], 'xyz');
echo implode('', array_reverse($seen)), "\n";
