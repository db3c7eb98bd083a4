<?php
// ++ and -- on readonly properties (of any type) and on magic properties: the value is read,
// stepped and written back, so that the readonly error wins over a failed step.
class T {
    public readonly object $o;
    public readonly int $i;
    public readonly array $a;
    function __construct() { $this->o = new stdClass; $this->i = 1; $this->a = []; }
}
$t = new T;
foreach (['o', 'i', 'a'] as $p) {
    foreach (['post++' => fn() => $t->$p++, 'pre++' => fn() => ++$t->$p, 'post--' => fn() => $t->$p--, 'pre--' => fn() => --$t->$p] as $op => $f) {
        try {
            var_dump($f());
        } catch (Error $e) {
            echo "$p $op: ", get_class($e), ": ", $e->getMessage();
            if ($e->getPrevious()) echo " (previous: ", get_class($e->getPrevious()), ": ", $e->getPrevious()->getMessage(), ")";
            echo "\n";
        }
    }
}
var_dump($t->i);
class Magic {
    private $data = ['n' => 5, 'o' => null];
    function __get($k) { echo "get $k\n"; return $this->data[$k]; }
    function __set($k, $v) { echo "set $k\n"; $this->data[$k] = $v; }
}
$m = new Magic;
var_dump($m->n++, ++$m->n, $m->n--, --$m->n);
$m->o = new stdClass;
try { $m->o++; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
