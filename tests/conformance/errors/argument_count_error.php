<?php
// Too few arguments to a user function throws ArgumentCountError.
function needsTwo($a, $b) {
    return $a + $b;
}
function optional($a, $b = 10) {
    return $a * $b;
}
var_dump(needsTwo(1, 2), needsTwo(1, 2, 3), optional(3), optional(3, 3));
echo "calling with too few arguments\n";
var_dump(needsTwo(1));
echo "not reached\n";
