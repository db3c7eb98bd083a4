<?php
$ao = new ArrayObject(['list' => [1], 'n' => 5]);
$ao['list'][] = 2;
$ao['new'] = ['x' => 1];
var_dump($ao->getArrayCopy());
$arr = [...new ArrayIterator([1, 2]), ...['a' => 3], ...(function () { yield 'k' => 4; yield 5; })()];
var_dump($arr);
$s = new SplObjectStorage();
$o = new stdClass;
$s[$o] = 'data';
var_dump($s[$o], count($s));
$fa = new SplFixedArray(3);
$fa[0] = 'a'; $fa[2] = 'c';
var_dump($fa->toArray());
$ao['n'] += 10;
$ao['n'] .= "!";
var_dump($ao['n']);
$counts = new ArrayObject();
foreach (['a', 'b', 'a'] as $w) { $counts[$w] = ($counts[$w] ?? 0) + 1; }
var_dump($counts->getArrayCopy());
