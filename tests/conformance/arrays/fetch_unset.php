<?php
// unset() of nested elements reached through variable variables (FETCH_UNSET).
$data = ['a' => 1, 'b' => ['x' => 1, 'y' => 2], 'c' => 3];
$name = 'data';
unset($$name['a']);
unset($$name['b']['x']);
unset(${$name}['zzz']['deep']);
var_dump($data);
function scoped() {
    $cfg = ['keep' => 1, 'drop' => 2, 'sub' => ['p' => 1, 'q' => 2]];
    $v = 'cfg';
    unset($$v['drop']);
    unset($$v['sub']['p']);
    var_dump($cfg);
    $nm = 'undefinedVar';
    unset($$nm['k']);
    var_dump(isset($undefinedVar));
    $str = 'abc';
    $sv = 'str';
    try { unset($$sv[0]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
scoped();
$GLOBALS['g'] = ['one' => 1, 'two' => 2];
$gn = 'g';
unset($$gn['one']);
var_dump($g);
