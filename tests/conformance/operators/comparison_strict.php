<?php
// Strict comparison (=== and !==).
$values = [0, 1, "0", "1", "", 0.0, 1.0, true, false, null, [], [1], "a"];
foreach ($values as $i => $a) {
    $line = "";
    foreach ($values as $j => $b) {
        $line .= ($a === $b) ? "1" : "0";
        $line .= ($a !== $b) ? "n" : "y";
    }
    echo $i, ": ", $line, "\n";
}
var_dump(1 === 1, 1 === 1.0, "1" === "1", "1" === "01", null === null, 0.1 + 0.2 === 0.3);
var_dump([1, 2] === [1, 2], ["a" => 1, "b" => 2] === ["b" => 2, "a" => 1], [1, 2] === ["1", "2"], [0 => 1] === ["0" => 1]);
var_dump(-0.0 === 0.0, NAN === NAN, INF === INF, PHP_INT_MAX + 1 === (float)PHP_INT_MAX);
$x = "5";
var_dump($x === 5, $x !== 5, (int)$x === 5, $x . "" === "5");
var_dump([[1, [2]]] === [[1, [2]]], [[1, [2]]] === [[1, ["2"]]]);
