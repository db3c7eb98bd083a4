<?php
// Instructions whose result is unused (their own handler copies) and ++/-- through references:
// statement-level ++/--, =, op= and $a[..] = on every kind of value, global and static variables,
// typed references, overflow, undefined variables, and the fused compare-and-branch on ints,
// floats, NaN and mixed types.

function incdec_kinds() {
    $i = 5; ++$i; --$i; ++$i;
    $f = 1.5; ++$f; --$f; ++$f;
    $n = null; ++$n; $m = null; --$m;
    $s = "a9"; ++$s; $z = "Zz"; ++$z; $e = ""; ++$e; $d = "5"; --$d;
    $b = true; ++$b;
    $big = PHP_INT_MAX; ++$big;
    $small = PHP_INT_MIN; --$small;
    var_dump($i, $f, $n, $m, $s, $z, $e, $d, $b, $big, $small);
    ++$undef1;
    --$undef2;
    var_dump($undef1, $undef2);
}
incdec_kinds();

$g = 10;
$gs = "x";
function globals_incdec() {
    global $g, $gs;
    for ($k = 0; $k < 5; ++$k) { ++$g; }
    --$g;
    ++$gs;
    $r = ++$g;
    $p = $g++;
    var_dump($g, $gs, $r, $p);
}
globals_incdec();

function counter() {
    static $c = PHP_INT_MAX - 2;
    ++$c;
    return $c;
}
var_dump(counter(), counter(), counter());

class Typed { public int $n = 0; public ?int $m = PHP_INT_MAX; public float $f = 0.5; }
$t = new Typed;
$ref = &$t->n;
++$ref; ++$ref; --$ref;
var_dump($t->n);
$ref2 = &$t->m;
try { ++$ref2; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($t->m);
$ref3 = &$t->f;
++$ref3;
var_dump($t->f);

function assigns() {
    $a = 1; $a = "s"; $a = [1, 2]; $a = 2.5; $a = null;
    $x = [];
    $x[] = 1; $x[] = "two"; $x["k"] = 3.0; $x[0] = [4]; $x[0][] = 5;
    $y = $x; $y[] = 6;  // copy on write
    $acc = 0; $acc += 5; $acc *= 3; $acc -= 1; $acc .= "!"; $acc .= $acc;
    $q = 7; $q %= 4; $q <<= 3; $q |= 1; $q ^= 2; $q &= 0xff; $q >>= 1; $q **= 2;
    $fl = 1.0; $fl /= 4; $fl += 0.25;
    $str = "abc"; $str[1] = "X"; $str[5] = "Y";
    var_dump($a, $x, $y, $acc, $q, $fl, $str);
    $u .= "late";
    var_dump($u);
    $w += 1;
    var_dump($w);
    $v = [];
    $v["n"] ??= 3; $v["n"] ??= 4;
    var_dump($v);
}
assigns();

function by_ref_assign(&$r) { $r = 42; $r += 1; ++$r; }
$val = 0;
by_ref_assign($val);
var_dump($val);

$arr = [1, 2, 3];
foreach ($arr as &$el) { ++$el; $el *= 2; }
unset($el);
var_dump($arr);

$obj = new ArrayObject([]);
$obj[] = 1; $obj["x"] = 2;
var_dump(count($obj), $obj["x"]);

// Fused compare-and-branch: ints, floats, NaN, mixed, strings.
$cases = [[1, 2], [2, 1], [1.5, 1.5], [NAN, 1.0], [1.0, NAN], [NAN, NAN], [1, 1.0], ["10", 9], ["abc", "abd"], [null, 0], [INF, PHP_INT_MAX]];
foreach ($cases as [$l, $r]) {
    $out = "";
    if ($l < $r) $out .= "<"; else $out .= "!<";
    if ($l <= $r) $out .= " <="; else $out .= " !<=";
    if ($l == $r) $out .= " =="; else $out .= " !=";
    if ($l != $r) $out .= " !=t"; else $out .= " !=f";
    if ($l === $r) $out .= " ==="; else $out .= " !==";
    if ($l > $r) $out .= " >"; else $out .= " !>";
    echo var_export($l, true), " ", var_export($r, true), ": ", $out, "\n";
}
$n = 0;
for ($i = 0.0; $i < 2.0; $i += 0.5) { ++$n; }
for ($j = 10; $j >= 0; --$j) { ++$n; }
var_dump($n);

function named(int $a, int $b = 2, int ...$rest) { return "$a $b " . json_encode($rest); }
echo named(1), "\n", named(b: 5, a: 1), "\n", named(1, 2, 3, 4), "\n";
$fn = 'named';
echo $fn(a: 7), "\n", $fn(3, b: 4), "\n";
