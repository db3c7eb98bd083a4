<?php
// __get, __set, __isset and __unset with logging of every call.
class Bag {
    private array $data = ['preset' => 'p', 'nullval' => null, 'arr' => [1, 2]];
    public $real = 'real';
    private $hidden = 'hidden';

    public function __get($name) {
        echo "  __get($name)\n";
        return $this->data[$name] ?? null;
    }
    public function __set($name, $value) {
        echo "  __set($name, ", json_encode($value), ")\n";
        $this->data[$name] = $value;
    }
    public function __isset($name) {
        echo "  __isset($name)\n";
        return isset($this->data[$name]);
    }
    public function __unset($name) {
        echo "  __unset($name)\n";
        unset($this->data[$name]);
    }
    public function inside() { return $this->hidden; }
}

$b = new Bag();
echo "read:\n";
var_dump($b->preset, $b->missing, $b->real);
echo "private from outside goes through __get:\n";
var_dump($b->hidden, $b->inside());
echo "write:\n";
$b->color = 'red';
$b->real = 'still real';
$b->hidden = 'overwritten?';
var_dump($b->inside());
echo "isset/empty:\n";
var_dump(isset($b->color), isset($b->nullval), isset($b->nope), empty($b->color), empty($b->nope));
var_dump(isset($b->real), isset($b->arr[1]));
echo "null coalescing:\n";
var_dump($b->color ?? 'default', $b->nope ?? 'default');
echo "unset:\n";
unset($b->color, $b->real);
var_dump(isset($b->color));
echo "real after unset now goes through magic:\n";
var_dump($b->real);
echo "compound assignment:\n";
$b->counter = 1;
$b->counter += 5;
$b->counter++;
var_dump($b->counter);
echo "indirect modification of an array:\n";
$b->arr[] = 3;
var_dump($b->arr);
echo "string interpolation:\n";
echo "counter is {$b->counter}\n";
