<?php
// Instantiating a class whose declaration cannot be hoisted (its parent is
// declared later in the file) before the declaration runs is an error.
echo "start\n";
var_dump(class_exists('Late'), class_exists('Child'));
try {
    $c = new Child();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "continuing\n";

class Child extends Late {
    public function name() { return 'child'; }
}

class Late {
}

var_dump(class_exists('Child'));
echo (new Child())->name(), "\n";
$x = new Missing();
echo "not reached\n";
