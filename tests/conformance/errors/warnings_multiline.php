<?php
// Line numbers of warnings inside multi-line statements, function call arguments and array literals.
$data = [];
$result = [
    "a" => $data["x"],
    "b" => $data["y"]
        ?? "fallback",
    "c" => strtoupper(
        $undefinedInCall
    ),
];
var_dump($result);
function f($a,
           $b) {
    return $a
        + $b;
}
echo f(
    1,
    "2 things"
), "\n";
$total = 1 +
    2 +
    $missing +
    3;
echo $total, "\n";
$s = "value: "
    . $nope
    . "!";
echo $s, "\n";
if (
    $undefinedCond
) {
    echo "never\n";
}
echo implode(",", [
    1,
    $notThere,
    3,
]), "\n";
$m = match (true) {
    default => $inMatch,
};
var_dump($m);
for ($i = 0;
     $i < 2;
     $i++) {
    echo $arrUndefined[$i], "\n";
}
