<?php
// Closures capturing by reference with use (&$var).
$total = 0;
$add = function ($n) use (&$total) {
    $total += $n;
    return $total;
};
$add(5);
$add(10);
var_dump($total);
$total = 100;
var_dump($add(1));
// By-reference capture of an undefined variable creates it silently.
$late = function () use (&$later) {
    return $later;
};
var_dump($late());
$later = "now set";
var_dump($late());
// Mixed by value and by reference.
$a = 1;
$b = 1;
$mix = function () use ($a, &$b) {
    $a++;
    $b++;
    return "$a/$b";
};
echo $mix(), " ", $mix(), " a=$a b=$b\n";
// An array built up through a by-reference capture.
$list = [];
$push = function ($v) use (&$list) {
    $list[] = $v;
    return count($list);
};
foreach (['x', 'y', 'z'] as $v) {
    $push($v);
}
print_r($list);
// Closures created in a loop sharing one reference see the final value.
$fs = [];
for ($i = 0; $i < 3; $i++) {
    $fs[] = function () use (&$i) {
        return $i;
    };
}
foreach ($fs as $fn) {
    echo $fn(), " ";
}
echo "\n";
// Unsetting the outer variable breaks the link; the closure keeps the value.
$keep = "kept";
$k = function () use (&$keep) {
    return $keep;
};
unset($keep);
var_dump($k());
$keep = "new variable";
var_dump($k());
// Two closures sharing state through a reference to a local of a finished function.
function makePair() {
    $n = 0;
    return [
        function () use (&$n) { return ++$n; },
        function () use (&$n) { return $n; },
    ];
}
[$inc, $get] = makePair();
$inc();
$inc();
$inc();
var_dump($get());
[$inc2, $get2] = makePair();
$inc2();
var_dump($get2(), $get());
// Modifying a captured reference to an array element.
$data = ['count' => 0];
$ref = &$data['count'];
$tick = function () use (&$ref) {
    $ref++;
};
$tick();
$tick();
var_dump($data);
