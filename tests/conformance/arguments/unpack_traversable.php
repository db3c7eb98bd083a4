<?php
// Unpacking Traversables (generators, ArrayIterator) into calls and arrays, error paths included.
function gen(array $pairs) { foreach ($pairs as [$k, $v]) yield $k => $v; }
function seq() { yield 1; yield 2; yield 3; }
function show(...$a) { var_dump($a); }
function abc($a = 'A', $b = 'B', $c = 'C') { echo "$a $b $c\n"; }
function byref(&$x, &$y) { $x++; $y++; echo "$x $y\n"; }

show(...seq());
show(0, ...seq(), ...new ArrayIterator(['x', 'y']));
abc(...gen([[0, 'one'], ['c', 'three']]));
abc(...gen([['b', 'bee']]));
$n = 5;
byref(...gen([[0, 1], [1, 2]]));
var_dump([...seq(), ...seq()]);
var_dump([9, ...gen([['k', 'v'], [5, 'five'], ['k', 'w']])]);
var_dump([...new ArrayIterator(['p' => 1, 2])]);

$cases = [
  fn() => show(...gen([['a', 1], [0, 2]])),
  fn() => show(...gen([[1.5, 'x']])),
  fn() => [...gen([[null, 'x']])],
  fn() => [...gen([[[1], 'x']])],
  fn() => abc(...gen([['zz', 1]])),
  fn() => abc(...gen([['a', 1], ['a', 2]])),
  function () { foreach ([1] as $_) show(...(function () { yield 1; throw new RuntimeException('mid-unpack'); })()); },
  function () { var_dump([...(function () { yield 1; throw new LogicException('mid-array'); })()]); },
];
foreach ($cases as $i => $c) {
  try { $c(); echo "case $i: no error\n"; }
  catch (Throwable $e) { echo "case $i: ", get_class($e), ": ", $e->getMessage(), "\n"; }
}
