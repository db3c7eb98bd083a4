<?php
// The interpreter's inline paths for ++/-- of object properties and assignment to static
// properties, at their edges: typed and untyped properties, overflow, references, magic
// properties, readonly properties, results used and unused, values of every scalar type.
class P {
    public $u = 0;
    public int $t = 0;
    public ?int $n = null;
    public float $f = 1.5;
    public $s = "a";
    public readonly int $ro;
    public static $su = 0;
    public static int $st = 0;
    public static ?string $sn = null;
    public static float $sf = 0.0;
    public static bool $sb = false;
    public function __construct() { $this->ro = 1; }
    public function bump() { $this->u++; ++$this->u; $this->u--; --$this->u; return $this->u++; }
}
class M {
    private array $data = ['x' => 5];
    public function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; }
}

$p = new P();
for ($i = 0; $i < 5; $i++) { $p->u++; ++$p->t; $p->n++; }
var_dump($p->u, $p->t, $p->n);
var_dump($p->u++, ++$p->u, $p->u--, --$p->u);
var_dump($p->bump(), $p->u);

$p->u = PHP_INT_MAX;
$p->u++;
var_dump($p->u);
$p->u = PHP_INT_MIN;
$p->u--;
var_dump($p->u);
$p->t = PHP_INT_MAX;
try { $p->t++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($p->t);
$p->t = PHP_INT_MIN;
try { --$p->t; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($p->t);
$p->f++;
var_dump($p->f);
$p->s++;
var_dump($p->s);
try { $p->ro++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($p->ro);

// A reference to a property: the increment goes through it.
$p->u = 10;
$r = &$p->u;
$p->u++;
$r++;
var_dump($p->u, $r);
unset($r);
$q = &$p->t;
$p->t = 3;
$p->t++;
var_dump($q);
unset($q);

// An unset property: __get/__set, and a warning for a plain class.
unset($p->u);
try { $p->u++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($p->u);
$m = new M();
$m->x++;
$m->y++;
var_dump($m->x);

// Two classes through one instruction (the cache holds one).
class A1 { public $v = 1; }
class A2 { public int $v = 100; public $w; }
foreach ([new A1, new A2, new A1, new A2] as $o) { $o->v++; echo $o->v, " "; }
echo "\n";
$o = new A2;
$o->v = PHP_INT_MAX;
foreach ([new A1, $o] as $x) { try { $x->v++; } catch (ArithmeticError $e) { echo $e->getMessage(), "\n"; } }

// Static properties: scalars of each type, into typed and untyped ones.
for ($i = 0; $i < 3; $i++) { P::$su = $i; P::$st = $i; }
var_dump(P::$su, P::$st);
P::$su = "str"; P::$su = 1.5; P::$su = true; P::$su = null;
var_dump(P::$su);
P::$st = 7;
try { P::$st = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
P::$st = "42";
var_dump(P::$st);
P::$st = 2.0;
var_dump(P::$st);
try { P::$st = 2.5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(P::$st);
P::$st = true;
var_dump(P::$st);
P::$sn = "s"; P::$sn = null; P::$sn = 12;
var_dump(P::$sn);
P::$sf = 3;
var_dump(P::$sf);
P::$sb = 0;
var_dump(P::$sb);
var_dump(P::$su = 5, P::$st = 6);
$x = 9;
P::$st = $x;
var_dump(P::$st);
try { P::$st = $undefined; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
P::$su = $undefined2;
var_dump(P::$su);
// A reference to a static property keeps its type.
$sr = &P::$st;
P::$st = 11;
var_dump($sr);
try { P::$st = "no"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$sr = 12;
var_dump(P::$st);
try { $sr = "no"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
unset($sr);
P::$su = [1, 2];
P::$su = 3;
var_dump(P::$su);
class Q extends P {}
Q::$st = 77;
var_dump(P::$st, Q::$st);
echo "done\n";
