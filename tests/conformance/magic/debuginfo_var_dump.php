<?php
// __debugInfo controls var_dump and print_r output (but not var_export,
// get_object_vars or array casts).
class Secretive {
    public $visible = 'v';
    private $password = 'hunter2';
    protected $items = [1, 2, 3];
    public function __debugInfo() {
        return [
            'visible' => $this->visible,
            'password' => str_repeat('*', strlen($this->password)),
            'itemCount' => count($this->items),
        ];
    }
}
class Empty_ { public $a = 1; public function __debugInfo() { return []; } }
class NullInfo { public $a = 1; #[ReturnTypeWillChange] public function __debugInfo() { return null; } }

$s = new Secretive();
var_dump($s);
print_r($s);
echo "\n";
var_export($s);
echo "\n";
var_dump(new Empty_());
var_dump(new NullInfo());
var_dump([$s, 'x' => new Empty_()]);

// __debugInfo returning nested objects that also have __debugInfo
class Wrapper {
    public function __construct(private Secretive $inner) {}
    public function __debugInfo() { return ['wrapped' => $this->inner, 'extra' => ['k' => true]]; }
}
var_dump(new Wrapper($s));
var_dump(get_object_vars($s), count((array) $s));

// __debugInfo must return an array
class Bad { #[ReturnTypeWillChange] public function __debugInfo() { return 'nope'; } }
echo "before bad\n";
var_dump(new Bad());
echo "not reached\n";
