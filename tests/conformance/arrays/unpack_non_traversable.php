<?php
// Unpacking something that is neither an array nor Traversable into an array literal is a
// TypeError.
foreach ([new stdClass, 1, null, "str"] as $v) {
    try {
        $x = [1, ...$v];
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump([...new ArrayIterator([1, 2]), ...[3]]);
