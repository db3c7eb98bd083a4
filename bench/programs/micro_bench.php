<?php
// A micro-suite in the spirit of php-src's Zend/micro_bench.php: each function runs one operation
// per loop iteration. Each returns its last value so the optimizer cannot drop the loop body.
const N = 5000000;
const TEN = 10;
define('TWENTY', 20);

function empty_loop($n)
{
    for ($i = 0; $i < $n; ++$i) {
    }
    return $i;
}

function f() {}
function g($a, $b) { return $a; }

function func_call($n)
{
    for ($i = 0; $i < $n; ++$i) {
        f();
    }
    return $i;
}

function func_call_args($n)
{
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = g($i, 1);
    }
    return $x;
}

function builtin_call($n)
{
    $x = 0;
    $s = 'hello';
    for ($i = 0; $i < $n; ++$i) {
        $x = strlen($s);
    }
    return $x;
}

function local_assign($n)
{
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $i;
    }
    return $x;
}

function local_inc($n)
{
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        ++$x;
    }
    return $x;
}

function global_assign($n)
{
    global $gx;
    for ($i = 0; $i < $n; ++$i) {
        $gx = $i;
    }
    return $gx;
}

function static_inc($n)
{
    static $s = 0;
    for ($i = 0; $i < $n; ++$i) {
        $s++;
    }
    return $s;
}

function array_read($n)
{
    $a = [1, 2, 3, 4];
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $a[2];
    }
    return $x;
}

function array_write($n)
{
    $a = [1, 2, 3, 4];
    for ($i = 0; $i < $n; ++$i) {
        $a[1] = $i;
    }
    return $a[1];
}

function array_append($n)
{
    $a = [];
    $n >>= 2; // keep the array under the default memory_limit
    for ($i = 0; $i < $n; ++$i) {
        $a[] = $i;
    }
    return count($a);
}

function hash_read($n)
{
    $a = ['hash' => 5, 'other' => 6];
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $a['hash'];
    }
    return $x;
}

function hash_write($n)
{
    $a = ['hash' => 5];
    for ($i = 0; $i < $n; ++$i) {
        $a['hash'] = $i;
    }
    return $a['hash'];
}

function str_offset_read($n)
{
    $s = 'abcdef';
    $x = '';
    for ($i = 0; $i < $n; ++$i) {
        $x = $s[2];
    }
    return ord($x);
}

function const_read($n)
{
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = TWENTY;
    }
    return $x + TEN;
}

function isset_var($n)
{
    $v = 1;
    $x = false;
    for ($i = 0; $i < $n; ++$i) {
        $x = isset($v);
    }
    return (int) $x;
}

function isset_array($n)
{
    $a = [1, 'k' => 2];
    $x = false;
    for ($i = 0; $i < $n; ++$i) {
        $x = isset($a['k']);
    }
    return (int) $x;
}

function empty_var($n)
{
    $v = 0;
    $x = false;
    for ($i = 0; $i < $n; ++$i) {
        $x = empty($v);
    }
    return (int) $x;
}

function coalesce($n)
{
    $a = ['k' => 3];
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $a['z'] ?? 7;
    }
    return $x;
}

function ternary($n)
{
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $i & 1 ? 1 : 2;
    }
    return $x;
}

function str_concat($n)
{
    $s = 'abc';
    $x = '';
    for ($i = 0; $i < $n; ++$i) {
        $x = $s . 'def';
    }
    return strlen($x);
}

function str_interp($n)
{
    $s = 'abc';
    $x = '';
    for ($i = 0; $i < $n; ++$i) {
        $x = "<$s>";
    }
    return strlen($x);
}

function int_arith($n)
{
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = ($x + $i * 3) & 0xFFFF;
    }
    return $x;
}

function float_arith($n)
{
    $x = 0.0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $x * 0.5 + 1.25;
    }
    return (int) ($x * 100);
}

function closure_call($n)
{
    $c = function ($a) { return $a; };
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $c($i);
    }
    return $x;
}

$gx = 0;
$tests = ['empty_loop', 'func_call', 'func_call_args', 'builtin_call', 'local_assign', 'local_inc',
    'global_assign', 'static_inc', 'array_read', 'array_write', 'array_append', 'hash_read',
    'hash_write', 'str_offset_read', 'const_read', 'isset_var', 'isset_array', 'empty_var',
    'coalesce', 'ternary', 'str_concat', 'str_interp', 'int_arith', 'float_arith', 'closure_call'];
$sum = 0;
foreach ($tests as $t) {
    $r = $t(N);
    $sum = ($sum * 31 + $r) % 1000000007;
}
echo count($tests), " micro tests, checksum = $sum\n";
