<?php
// preg_replace_callback and preg_replace_callback_array with closures.
$text = "apples=3, pears=10, plums=7";
echo preg_replace_callback('/(\w+)=(\d+)/', function ($m) {
    return strtoupper($m[1]) . ":" . ($m[2] * 2);
}, $text), "\n";
// Limit and count.
$count = 0;
echo preg_replace_callback('/\d+/', fn($m) => "<$m[0]>", $text, 2, $count), "\n";
var_dump($count);
// Named groups.
echo preg_replace_callback('/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/', function ($m) {
    return "$m[d]/$m[m]/$m[y]";
}, "from 2024-01-31 to 2024-02-29"), "\n";
// Closure with state captured by reference.
$seen = [];
$out = preg_replace_callback('/\b[a-z]+\b/', function ($m) use (&$seen) {
    $w = $m[0];
    $seen[$w] = ($seen[$w] ?? 0) + 1;
    return $seen[$w] > 1 ? strtoupper($w) : $w;
}, "the cat and the dog and the bird");
echo $out, "\n";
print_r($seen);
// Optional group that did not participate.
echo preg_replace_callback('/(a)(b)?/', fn($m) => count($m) . (isset($m[2]) ? "+" : "-"), "ab a ab"), "\n";
// Array subject.
print_r(preg_replace_callback('/[aeiou]/', fn($m) => strtoupper($m[0]), ['k' => 'hello', 'world']));
// preg_replace_callback_array with several patterns in order.
echo preg_replace_callback_array([
    '/\d+/' => fn($m) => $m[0] + 1,
    '/[A-Z]/' => fn($m) => strtolower($m[0]),
    '/!/' => function ($m) { return "?"; },
], "Item9 Costs 41!"), "\n";
// PREG_OFFSET_CAPTURE flag.
echo preg_replace_callback('/o/', fn($m) => "[" . $m[0][1] . "]", "foo boo", -1, $c2, PREG_OFFSET_CAPTURE), " $c2\n";
// Callback returning non-strings.
echo preg_replace_callback('/x/', fn($m) => 42, "axbxc"), "\n";
echo preg_replace_callback('/x/', fn($m) => null, "axbxc"), "\n";
// A named function string as the callback.
function wrap($m) { return "(" . $m[0] . ")"; }
echo preg_replace_callback('/\s+/', 'wrap', "a  b\tc"), "\n";
// No match: subject unchanged, callback never called.
$called = false;
echo preg_replace_callback('/zzz/', function ($m) use (&$called) { $called = true; return ""; }, "abc"), "\n";
var_dump($called);
