<?php
// Variable variables passed to functions whose by-ref-ness is unknown at compile time.
if (PHP_VERSION_ID > 0) {
    function addOne(&$v) { $v++; return $v; }
    function show($v) { return "show:" . var_export($v, true); }
}
$counter = 1;
$list = [3, 1, 2];
$name = 'counter';
echo addOne($$name), " ", $counter, "\n";
echo show($$name), "\n";
$lname = 'list';
echo show(${$lname}), "\n";
$f = 'sort';
$f($$lname);
echo implode(',', $list), "\n";
$missing = 'nothere';
echo show(@$$missing), "\n";
addOne($$missing);
var_dump($nothere);
function inner() {
    $a = 10;
    $n = 'a';
    addOne($$n);
    echo show($$n), "\n";
    $arr = ['k' => 1];
    $m = 'arr';
    addOne($$m['k']);
    echo show($$m['k']), "\n";
}
inner();
