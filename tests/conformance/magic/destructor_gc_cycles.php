<?php
// Reference cycles keep objects alive after unset(); gc_collect_cycles()
// finds them and runs their destructors. Also: a destructor that stores
// $this somewhere (resurrection) runs only once, and cycles still alive at
// the end of the script are destroyed then.
class Node {
    public ?Node $next = null;
    public array $children = [];
    public function __construct(public string $name) {}
    public function __destruct() { echo "destruct {$this->name}\n"; }
}

gc_enable();
echo "-- self cycle\n";
$a = new Node('self');
$a->next = $a;
unset($a);
echo "after unset (still alive)\n";
$n = gc_collect_cycles();
echo "collected something: ", var_export($n > 0, true), "\n";

echo "-- two-node cycle\n";
$x = new Node('x');
$y = new Node('y');
$x->next = $y;
$y->next = $x;
unset($x);
echo "x unset, y still referenced\n";
var_dump(gc_collect_cycles());
unset($y);
echo "both unset\n";
var_dump(gc_collect_cycles() > 0);

echo "-- cycle through an array\n";
$p = new Node('parent');
$p->children[] = new Node('child');
$p->children[0]->next = $p;
$p = null;
echo "parent nulled\n";
gc_collect_cycles();

echo "-- breaking the cycle manually\n";
$m = new Node('m1');
$m->next = new Node('m2');
$m->next->next = $m;
$m->next->next = null;
unset($m);
echo "no gc needed\n";

echo "-- resurrection\n";
class Phoenix {
    public static array $graveyard = [];
    public $self;
    public function __destruct() {
        echo "Phoenix destructor\n";
        self::$graveyard[] = $this;
    }
}
$f = new Phoenix();
$f->self = $f;
unset($f);
gc_collect_cycles();
echo "graveyard: ", count(Phoenix::$graveyard), "\n";
Phoenix::$graveyard = [];
echo "emptied graveyard (no second destructor call)\n";
gc_collect_cycles();

echo "-- garbage left for the end of the script\n";
$e = new Node('end cycle');
$e->next = $e;
unset($e);
$live = new Node('live at end');
echo "script end\n";
