<?php
// Errors in readonly declarations are compile errors; compiled through eval
// they are raised when eval runs.
class Ok {
    public function __construct(public readonly int $v) {}
}
echo (new Ok(3))->v, "\n";

try {
    eval('class WithDefault { public readonly int $x; public function __construct() { $this->x = 1; } }');
    echo (new WithDefault())->x, "\n";
} catch (Throwable $t) {
    echo get_class($t), "\n";
}

try {
    eval('class Broken {');
} catch (ParseError $e) {
    echo "ParseError: ", $e->getMessage(), "\n";
}

echo "readonly property without a type:\n";
eval('class NoType { public readonly $x; }');
echo "not reached\n";
