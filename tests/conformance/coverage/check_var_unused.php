<?php
// Bare variable statements whose value is unused (CHECK_VAR): undefined ones warn.
function probe($given) {
    $given;
    $undefinedThing;
    $local = 5;
    $local;
    echo "probe($given) local=$local\n";
}
function loopy(array $xs) {
    foreach ($xs as $x) {
        $x;
        $neverSet;
    }
    return count($xs);
}
probe(1);
probe("two");
var_dump(loopy([1, 2]));
class C {
    public function m() { $ghost; return 'm'; }
}
echo (new C)->m(), "\n";
$fn = function () { $inClosure; return 'closure'; };
echo $fn(), "\n";
