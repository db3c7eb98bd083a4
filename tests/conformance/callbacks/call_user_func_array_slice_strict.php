<?php
declare(strict_types=1);
// The same slice in a strict file: only an int or null is a length.
$array = [1, 2, 3];
foreach ([2, null, 2.0, "2"] as $len) {
    try {
        call_user_func_array('var_dump', array_slice($array, 1, $len));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
