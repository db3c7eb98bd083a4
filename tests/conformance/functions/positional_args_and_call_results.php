<?php
// Arguments sent by position (SEND_VAL, SEND_VAR and their _EX forms for callees unknown when
// compiling) land in the callee's parameter slots, in order, for every argument count; calls
// whose result is used and calls whose result is dropped (DO_UCALL, DO_ICALL, DO_FCALL).

function six($a, $b, $c, $d, $e, $f)
{
    return "$a|$b|$c|$d|$e|$f";
}

function with_extra($a, $b = 'B')
{
    return $a . $b . '+' . implode(',', array_slice(func_get_args(), 2));
}

function counted()
{
    static $n = 0;
    return ++$n;
}

function &ref_result(array &$arr)
{
    return $arr[0];
}

function bump(&$x)
{
    $x++;
}

$x = 'x';
$t = 10;
echo six(1, 'two', $x, $t + 1, [5][0], null), "\n";
echo six($x, $x, $x, $x, $x, $x), "\n";
echo with_extra('a'), ' ', with_extra('a', 'b'), ' ', with_extra('a', 'b', 'c', 'd', $x), "\n";

// Unused results: user function, builtin, dynamic call; the side effects still happen.
counted();
counted();
strlen('abc');
$name = 'counted';
$name();
echo "counted ", counted(), "\n";

// Callee known only at run time: by-value and by-reference parameters at the same positions.
$callees = ['six', 'with_extra', 'bump'];
$v = 1;
foreach ($callees as $fn) {
    if ($fn === 'bump') {
        $fn($v);
        $fn($v);
        echo "bumped $v\n";
    } else {
        echo $fn($v, 'q', 3, 4.5, true, $x), "\n";
    }
}

// A reference-returning call used as an argument and dropped.
$arr = [1, 2];
$r = &ref_result($arr);
$r = 100;
ref_result($arr);
echo implode(',', $arr), "\n";

// Undefined variable sent by position: a warning, then null in the slot.
function show($a, $b)
{
    var_dump($a, $b);
}
show($undefined_one, 2);

// Deep argument lists through recursion: each frame's slots stay apart.
function sum_down($n, $acc, $step)
{
    return $n <= 0 ? $acc : sum_down($n - $step, $acc + $n, $step);
}
echo sum_down(1000, 0, 1), ' ', sum_down(1000, 0.5, 3), "\n";

// Builtins with results used and dropped, and with results that need releasing.
$s = str_repeat('ab', 3);
str_repeat('cd', 1000);
array_fill(0, 100, 'x');
echo $s, ' ', max(3, 7, 5), ' ', count(array_fill(0, 5, $s)), "\n";
