<?php
// The same code evaluated again, at one place or another, compiles to the same result each time;
// a compile-time deprecation is raised on every compilation, as php-cli compiles each eval anew;
// code that declares a function fails the second time as under php-cli.
for ($i = 0; $i < 3; $i++) {
    echo eval('return $i * 2;'), " ";
    echo eval('return "v$i";'), "\n";
}
$name = "x";
for ($i = 0; $i < 2; $i++) {
    echo eval('return "${name}-$i";'), "\n";  // "Using ${var} in strings is deprecated" each time
}
$f = eval('return function ($a) { return $a + 1; };');
$g = eval('return function ($a) { return $a + 1; };');
var_dump($f(1), $g(2), $f === $g);
for ($i = 0; $i < 2; $i++) {
    eval('class C' . $i . ' { static function n() { return ' . $i . '; } }');
}
var_dump(C0::n(), C1::n());
try {
    for ($i = 0; $i < 2; $i++) eval('function declared_once() { return 1; }');
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
