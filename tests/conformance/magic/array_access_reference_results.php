<?php
// offsetGet() returning by reference: $o[][] = ... and $o[k][] = ... write into the stored
// array, which afterwards holds plain values (no "&" left by the temporaries of the write).
class AA implements ArrayAccess {
    private $data = [];
    public function &offsetGet($name): mixed {
        if (null === $name) return $this->data[];
        return $this->data[$name];
    }
    public function offsetSet($name, $value): void { $this->data[$name] = $value; }
    public function offsetUnset($name): void {}
    public function offsetExists($name): bool { return isset($this->data[$name]); }
}
$aa = new AA;
$aa[3] = 1;
$aa[][][0] = 2;
$aa['list'][] = 'x';
$aa['list'][] = 'y';
var_dump($aa);
class Context {
    public $stack = [];
    public function __set($name, $var) { $this->stack[$name] = $var; }
    public function &__get($name) { return $this->stack[$name]; }
}
$ctx = new Context;
$ctx->preview = [];
$ctx->preview[0] = 1;
$ctx->preview[1] = 2;
var_dump($ctx->preview);
$ctx->preview = new ArrayObject();
$ctx->preview[0] = 1;
var_dump($ctx->preview);
