<?php
// =& between variables: aliasing, reassignment, chains, types.
$a = 1;
$b = &$a;
$b = 2;
var_dump($a);
$a = "now a string";
var_dump($b);
// Chains: all three names alias one value.
$c = &$b;
$c = [1, 2];
var_dump($a, $b);
// Re-binding a reference does not change the old target.
$x = "x";
$y = "y";
$r = &$x;
$r = &$y;
$r = "changed y";
var_dump($x, $y);
// Reference to an undefined variable creates it as NULL.
$new = &$undefinedYet;
var_dump($undefinedYet);
$new = 5;
var_dump($undefinedYet);
// Copying from a reference gives an independent value.
$orig = 10;
$alias = &$orig;
$copy = $alias;
$copy++;
var_dump($orig, $copy);
// Increment, compound assignment and string ops through a reference.
$n = 5;
$m = &$n;
$m++;
$m *= 3;
$m .= "";
var_dump($n);
$s = "abc";
$t = &$s;
$t[0] = 'X';
$t .= "def";
var_dump($s);
// var_dump marks array elements that are references with &.
$val = 1;
$container = ['plain' => 1, 'ref' => &$val];
var_dump($container);
// Self reference.
$self = 1;
$self = &$self;
var_dump($self);
// Swap through references.
function swap(&$p, &$q) {
    [$p, $q] = [$q, $p];
}
$one = "first";
$two = "second";
swap($one, $two);
var_dump($one, $two);
// References in a loop: each iteration binds the same name to a new target.
$targets = [1, 2, 3];
for ($i = 0; $i < 3; $i++) {
    $ref = &$targets[$i];
    $ref *= 10;
}
unset($ref);
var_dump($targets);
