<?php
// Nullsafe operator ?-> with short-circuiting.
class Address {
    public function __construct(public ?string $city = null, public ?Address $next = null) {}
    public function city(): ?string { return $this->city; }
    public function upper(): string { echo "  upper() called\n"; return strtoupper($this->city ?? ''); }
}
class User {
    public function __construct(public ?Address $address = null) {}
    public function address(): ?Address { return $this->address; }
}
function trace(string $label, $v) { echo "  evaluating $label\n"; return $v; }

$with = new User(new Address('Lyon', new Address('Nice')));
$without = new User();
$nobody = null;

var_dump($with->address?->city, $without->address?->city, $nobody?->address?->city);
var_dump($with->address()?->city(), $without->address()?->city(), $nobody?->address());
var_dump($with?->address?->next?->city, $with->address?->next?->next?->city);
echo "short circuit skips arguments:\n";
var_dump($nobody?->method(trace('arg', 1)));
var_dump($without->address()?->upper());
var_dump($with->address()?->upper());
echo "short circuit covers the whole chain:\n";
var_dump($nobody?->address->city->foo);
var_dump($nobody?->address()['x']);
echo "in isset/empty/??:\n";
var_dump(isset($nobody?->address), isset($with?->address?->city), empty($without?->address?->city));
var_dump($without->address?->city ?? 'no city');
echo "with arrays and string interpolation:\n";
$users = ['a' => $with, 'b' => $without];
foreach ($users as $k => $u) {
    echo "$k: {$u?->address?->city}\n";
}
var_dump(array_map(fn($u) => $u?->address?->next?->city, [$with, $without, null]));
echo "nullsafe on non-objects:\n";
$str = 'text';
try {
    var_dump($str?->length);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    var_dump($str?->length());
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$false = false;
var_dump($false?->x);
