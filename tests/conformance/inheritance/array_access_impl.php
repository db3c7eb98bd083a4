<?php
// Implementing ArrayAccess: all operators, null offsets and indirect modification.
class Store implements ArrayAccess {
    private array $data = [];
    public function offsetExists(mixed $offset): bool {
        echo "  exists(", var_export($offset, true), ")\n";
        return isset($this->data[$offset]);
    }
    public function offsetGet(mixed $offset): mixed {
        echo "  get(", var_export($offset, true), ")\n";
        return $this->data[$offset] ?? null;
    }
    public function offsetSet(mixed $offset, mixed $value): void {
        echo "  set(", var_export($offset, true), ", ", json_encode($value), ")\n";
        if ($offset === null) {
            $this->data[] = $value;
        } else {
            $this->data[$offset] = $value;
        }
    }
    public function offsetUnset(mixed $offset): void {
        echo "  unset(", var_export($offset, true), ")\n";
        unset($this->data[$offset]);
    }
}

$s = new Store();
echo "assign:\n";
$s['a'] = 1;
$s[] = 'pushed';
$s[5] = [1, 2];
$s[1.5] = 'float key';
$s[true] = 'bool key';
echo "read:\n";
var_dump($s['a'], $s['missing']);
echo "isset / empty:\n";
var_dump(isset($s['a']), isset($s['zzz']), empty($s['a']), empty($s['zzz']));
echo "coalesce:\n";
var_dump($s['a'] ?? 'dflt', $s['zzz'] ?? 'dflt');
echo "compound assign:\n";
$s['a'] += 10;
$s['a'] .= '!';
var_dump($s['a']);
echo "increment:\n";
$s['n'] = 1;
$s['n']++;
var_dump($s['n']);
echo "indirect modification:\n";
$s[5][] = 3;
var_dump($s[5]);
echo "unset:\n";
unset($s['a']);
var_dump(isset($s['a']));
echo "nested isset:\n";
var_dump(isset($s[5][0]));
echo "list() destructuring:\n";
$s['p'] = 'P';
$s['q'] = 'Q';
['p' => $p, 'q' => $q] = $s;
var_dump($p, $q);
