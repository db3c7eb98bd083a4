<?php
// Unused boolean conversions of plain variables: the optimizer turns `!$x;` and
// `(bool)$x;` into CHECK_VAR, which still warns when the variable is undefined.
function probe($given) {
    !$undefinedThing;
    (bool)$alsoUndefined;
    !$given;
    echo "probe(", var_export($given, true), ")\n";
}
function maybe(bool $set) {
    if ($set) { $v = 'set'; }
    !$v;
    return $set ? 'had $v' : 'no $v';
}
probe(1);
probe("two");
echo maybe(true), "\n";
echo maybe(false), "\n";
!$globalUndefined;
$defined = 0;
(bool)$defined;
function m() { !$ghost; return 'm'; }
echo m(), "\n";
$fn = function () { (bool)$inClosure; return 'closure'; };
echo $fn(), "\n";
echo "done\n";
