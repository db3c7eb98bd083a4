<?php
// Class-typed properties, parameters and returns: objects of the class, a subclass, an
// implementation, an alias, the wrong class, null, unions, values from calls (VAR operands),
// and references to typed properties.
interface Shape {}
class Node implements Shape { public ?Node $next = null; public ?Shape $shape = null; public Node|int|null $union = null; public self|null $me = null; }
class Leaf extends Node {}
class Other {}
class_alias('Node', 'NodeAlias');
function make(string $c) { return new $c; }
function takes(Node $n): Node { return $n; }
function takesAlias(NodeAlias $n): NodeAlias { return $n; }
function takesShape(?Shape $s): ?Shape { return $s; }
function lies(): Node { return make('Other'); }
$n = new Node;
foreach (['Node', 'Leaf', 'Other', 'NodeAlias'] as $c) {
    try { $n->next = make($c); echo "next = ", get_class($n->next), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $n->shape = make($c); echo "shape = ", get_class($n->shape), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $n->union = make($c); echo "union = ", get_class($n->union), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $n->me = make($c); echo "me = ", get_class($n->me), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { echo get_class(takes(make($c))), ' ', get_class(takesAlias(make($c))), ' ', get_class(takesShape(make($c))), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$n->next = null; $n->union = 5; $n->union = '7';
var_dump($n->next, $n->union);
try { $n->union = 'x'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { lies(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$ref = &$n->next;
try { $ref = new Other; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$ref = new Leaf;
echo get_class($n->next), "\n";
$n->next->next = new Node;
$n->next->next->next = takes(new Leaf);
echo get_class($n->next->next->next), "\n";
var_dump(takesShape(null));
class Lazy { public ?NotYetLoaded $x = null; }
spl_autoload_register(function ($c) { echo "autoload $c\n"; if ($c === 'NotYetLoaded') { eval('class NotYetLoaded {}'); } });
$l = new Lazy;
try { $l->x = new Other; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$l->x = new NotYetLoaded;
echo get_class($l->x), "\n";
