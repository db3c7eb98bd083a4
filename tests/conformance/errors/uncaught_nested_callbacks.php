<?php
// An uncaught exception thrown in a usort comparator invoked inside array_map inside a function.
function sortAll(array $groups) {
    return array_map(function (array $g) {
        usort($g, function ($a, $b) {
            if ($a === $b) {
                throw new InvalidArgumentException("duplicate value $a");
            }
            return $a <=> $b;
        });
        return implode(",", $g);
    }, $groups);
}
function outer() {
    try {
        print_r(sortAll([[3, 1, 2], [9, 8]]));
        print_r(sortAll([[5, 4], [7, 7]]));
    } finally {
        echo "outer finally\n";
    }
}
outer();
