<?php
// The object a dimension write works on is released when the instruction ends: $this (in a
// method), a call's ArrayAccess result; its destructor runs then, not at the end of the script.
class A implements ArrayAccess {
    public $data = [];
    function __construct(public string $name) {}
    function offsetGet($o): mixed { return $this->data[$o] ?? 0; }
    function offsetSet($o, $v): void { if ($o === null) $this->data[] = $v; else $this->data[$o] = $v; }
    function offsetExists($o): bool { return isset($this->data[$o]); }
    function offsetUnset($o): void { unset($this->data[$o]); }
    function f() { $this['k'] = 1; $this[] = 2; $this['k'] .= 'x'; unset($this['k']); return count($this->data); }
    function __destruct() { echo "destruct {$this->name}\n"; }
}
$a = new A('a');
echo $a->f(), "\n";
$a = null;
echo "after a\n";
function mk($n) { return new A($n); }
mk('b')[0] += 1;
echo "after b\n";
mk('c')['x'] = 5;
echo "after c\n";
unset(mk('d')['x']);
echo "after d\n";
mk('e')[] = 1;
echo "after e\n";
echo "end\n";
