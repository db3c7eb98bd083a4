<?php
// Literals of every kind survive compilation to an image: floats, special values, binary strings, constant ASTs.
$floats = [0.1, -0.0, 0.0, 1e308 * 10, -1e308 * 10, 1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308, 1/3, 123456789012345.678, -1.5e-10];
foreach ($floats as $f) {
    echo var_export($f, true), " ", json_encode(is_finite($f) ? $f : null), " ", serialize($f), "\n";
}
var_dump(NAN, INF, -INF, is_nan(NAN + 1), PHP_FLOAT_EPSILON, M_PI, 0.1 + 0.2 === 0.30000000000000004);
$bin = "\x00\x01\xff\xfe NUL\0inside";
var_dump(strlen($bin), bin2hex($bin), $bin === "\0\1\xFF\xFE NUL\x00inside");
$long = str_repeat("0123456789", 500);
var_dump(strlen($long), md5($long));
var_dump(PHP_INT_MAX, PHP_INT_MIN, -9223372036854775807 - 1, 9223372036854775807, 9223372036854775808, 0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, -0x8000000000000000);
const BASE = 10;
const LATER = 5;
const DERIVED = BASE * 2 + LATER;
const LIST_CONST = [BASE, 'k' => DERIVED, 'nested' => [LATER, 'x' . BASE]];
define('RUNTIME', LIST_CONST['nested'][1] . '!');
var_dump(DERIVED, LIST_CONST, RUNTIME);
function withDefaults($a = LIST_CONST, $b = [BASE => LATER, 'e' => PHP_EOL], $c = DERIVED ** 2, $d = LATER > 3 ? 'big' : 'small', $e = -PHP_INT_MAX - 1, $f = 'str' . BASE) {
    return [$a['k'], $b, $c, $d, $e, $f];
}
var_dump(withDefaults());
var_dump(withDefaults(['k' => 'override']));
$mixedKeys = [1 => 'a', '1' => 'b', '01' => 'c', true => 'd', -5 => 'e', '-5' => 'f', '' => 'g', null => 'h', 9.0 => 'i', 'PHP_EOL' => PHP_EOL];
var_dump($mixedKeys);
$nested = ['a' => ['b' => ['c' => ['d' => ['e' => [1, 2.5, true, null, "s", [], [[]]]]]]]];
echo json_encode($nested), "\n";
$unicode = "héllo wörld ☃ \u{1F600} \u{0}";
var_dump(strlen($unicode), bin2hex(substr($unicode, -6)));
echo <<<EOT
  Heredoc with {$mixedKeys[1]} and \x41\u{263A} and \$escaped
    indented line
  EOT . "|\n";
var_dump(1_000.5e1_0, 0b1111_0000, 0o7_7, 017_7);
var_dump((string) 1e22, (string) 1.0E-5, (string) 100000000000000000000.0, strval(0.00001234), 1e6, 1.0e6 === 1000000.0);
