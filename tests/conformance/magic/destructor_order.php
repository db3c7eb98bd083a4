<?php
// When destructors run: unset, reassignment, scope end, exceptions, and
// the end of the script (objects still alive are destroyed in order).
class Noisy {
    public function __construct(public string $name) { echo "construct {$this->name}\n"; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
}

function scoped() {
    $a = new Noisy('local a');
    $b = new Noisy('local b');
    echo "leaving scoped()\n";
}

echo "-- unset\n";
$x = new Noisy('x');
unset($x);
echo "-- reassign\n";
$y = new Noisy('y1');
$y = new Noisy('y2');
echo "-- null\n";
$y = null;
echo "-- function scope\n";
scoped();
echo "-- temporary\n";
(new Noisy('temp'))->name;
echo "after temporary\n";
echo "-- two references\n";
$p = new Noisy('shared');
$q = $p;
unset($p);
echo "still referenced by q\n";
$q = 1;
echo "-- array of objects\n";
$arr = [new Noisy('arr0'), new Noisy('arr1'), new Noisy('arr2')];
array_pop($arr);
echo "popped\n";
$arr = [];
echo "-- exception unwinding\n";
function thrower() {
    $t = new Noisy('in thrower');
    throw new Exception('boom');
}
try {
    thrower();
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
unset($e);
echo "-- destructor that throws\n";
class BadDtor { public function __destruct() { throw new RuntimeException('from destructor'); } }
try {
    $bd = new BadDtor();
    unset($bd);
} catch (RuntimeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}
echo "-- end of script\n";
$g1 = new Noisy('global 1');
$g2 = new Noisy('global 2');
$g3 = new Noisy('global 3');
$g2alias = $g2;
echo "script done\n";
