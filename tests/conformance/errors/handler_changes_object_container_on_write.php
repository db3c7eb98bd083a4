<?php
// Writing $o[$undefined] (=, .=, and a nested write) on an ArrayAccess object: the warning's
// handler replaces $o, but the write goes to the object $o held, as php-cli holds it.
class Store implements ArrayAccess {
    public $log = [];
    public function &offsetGet($n): mixed { $this->log[] = "get " . var_export($n, true); $r = 'v'; return $r; }
    public function offsetSet($n, $v): void { $this->log[] = "set " . var_export($n, true) . " = $v"; }
    public function offsetUnset($n): void {}
    public function offsetExists($n): bool { return false; }
}
set_error_handler(function ($no, $msg) {
    echo "handler: $msg\n";
    $GLOBALS['a'] = null;
});
foreach (['assign', 'append-op', 'nested'] as $case) {
    $a = $held = new Store;
    match ($case) {
        'assign' => $a[$c] = 'x',
        'append-op' => $a[$c] .= 'x',
        'nested' => $a[$c][$c] = 'x',
    };
    var_dump($a);
    echo implode("\n", $held->log), "\n";
}
