<?php
// The object half of the micro-suite (as in php-src's Zend/micro_bench.php): one operation per loop.
const N = 8000000;

class Foo
{
    public $a = 0;
    public static $s = 0;
    const C = 3;

    public function m() {}
    public static function sm() {}

    public function read_prop($n)
    {
        $x = 0;
        for ($i = 0; $i < $n; ++$i) {
            $x = $this->a;
        }
        return $x;
    }

    public function write_prop($n)
    {
        for ($i = 0; $i < $n; ++$i) {
            $this->a = $i;
        }
        return $this->a;
    }

    public function call_this($n)
    {
        for ($i = 0; $i < $n; ++$i) {
            $this->m();
        }
        return $i;
    }
}

function obj_read_prop($n)
{
    $o = new Foo();
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = $o->a;
    }
    return $x;
}

function obj_write_prop($n)
{
    $o = new Foo();
    for ($i = 0; $i < $n; ++$i) {
        $o->a = $i;
    }
    return $o->a;
}

function obj_inc_prop($n)
{
    $o = new Foo();
    for ($i = 0; $i < $n; ++$i) {
        $o->a++;
    }
    return $o->a;
}

function method_call($n)
{
    $o = new Foo();
    for ($i = 0; $i < $n; ++$i) {
        $o->m();
    }
    return $i;
}

function static_call($n)
{
    for ($i = 0; $i < $n; ++$i) {
        Foo::sm();
    }
    return $i;
}

function static_prop($n)
{
    for ($i = 0; $i < $n; ++$i) {
        Foo::$s = $i;
    }
    return Foo::$s;
}

function class_const($n)
{
    $x = 0;
    for ($i = 0; $i < $n; ++$i) {
        $x = Foo::C;
    }
    return $x;
}

function new_obj($n)
{
    $o = null;
    for ($i = 0; $i < $n; ++$i) {
        $o = new Foo();
    }
    return $o->a;
}

function instance_of($n)
{
    $o = new Foo();
    $x = false;
    for ($i = 0; $i < $n; ++$i) {
        $x = $o instanceof Foo;
    }
    return (int) $x;
}

$foo = new Foo();
$results = [
    $foo->read_prop(N), $foo->write_prop(N), $foo->call_this(N),
    obj_read_prop(N), obj_write_prop(N), obj_inc_prop(N), method_call(N), static_call(N),
    static_prop(N), class_const(N), new_obj(N), instance_of(N),
];
$sum = 0;
foreach ($results as $r) {
    $sum = ($sum * 31 + $r) % 1000000007;
}
echo count($results), " micro tests, checksum = $sum\n";
