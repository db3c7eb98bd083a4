<?php
function counter($n) { for ($i = 1; $i <= $n; $i++) { $cmd = yield $i; if ($cmd === 'stop') return "stopped at $i"; } return "done"; }
foreach (counter(3) as $k => $v) echo "$k=>$v ";
echo "\n";
$g = counter(5);
echo $g->current(), " ", $g->send('x'), " ", $g->send('stop') ?? 'null', " ", $g->getReturn(), "\n";
function kv() { yield 'a' => 1; yield 'b' => 2; yield from ['c' => 3, 'd' => 4]; yield from new ArrayIterator(['e' => 5]); return 9; }
var_dump(iterator_to_array(kv()));
function fin() { try { yield 1; yield 2; } finally { echo "finally ran\n"; } }
$f = fin(); echo $f->current(), "\n"; unset($f);
function thrower() { try { yield 1; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; yield 99; } }
$t = thrower(); $t->current(); echo $t->throw(new Exception("boom")), "\n";
$lazy = (function () { foreach (range(1, 5) as $x) yield $x * $x; })();
echo implode(",", iterator_to_array($lazy, false)), "\n";
echo implode(",", array_map(fn($x) => $x + 1, iterator_to_array(counter(3), false))), "\n";
function bad() { yield 1; throw new LogicException("inside"); }
try { foreach (bad() as $v) echo $v, "\n"; } catch (LogicException $e) { echo "propagated ", $e->getMessage(), "\n"; }
