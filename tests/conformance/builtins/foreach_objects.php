<?php
$o = new stdClass; $o->a = 1; $o->b = [2]; $o->{'3'} = 'three';
foreach ($o as $k => $v) { echo $k, "=", json_encode($v), "\n"; }
foreach (new ArrayIterator(['x' => 1, 'y' => 2]) as $k => $v) echo "$k:$v ";
echo "\n";
$ao = new ArrayObject([5, 6, 7]);
foreach ($ao as $i => $v) echo "$i=$v ";
echo "\n";
foreach (new ArrayObject([]) as $v) echo "never";
$dp = new DatePeriod(new DateTime('2024-01-01', new DateTimeZone('UTC')), new DateInterval('P1D'), 2);
foreach ($dp as $d) echo $d->format('Y-m-d'), " ";
echo "\n";
foreach ((function () { return new ArrayIterator([1,2]); })() as $v) echo $v;
echo "\n";
$e = new stdClass;
foreach ($e as $v) echo "never";
echo "done\n";
