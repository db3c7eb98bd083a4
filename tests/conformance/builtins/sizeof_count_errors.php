<?php
// sizeof() is compiled as count(); its errors still name sizeof().
class NotCountable {}
foreach ([new NotCountable, 42, "str", null] as $v) {
    foreach (['count', 'sizeof'] as $f) {
        try {
            echo $f === 'count' ? count($v) : sizeof($v), "\n";
        } catch (TypeError $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
try { sizeof(new NotCountable, COUNT_RECURSIVE); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(sizeof([1, [2, 3]]), sizeof([1, [2, 3]], COUNT_RECURSIVE), count(new ArrayObject([1, 2])));
