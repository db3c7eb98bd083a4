<?php
// Variable variables in functions called repeatedly: each call has a fresh local scope.
function setVar($name, $val) {
    $$name = $val;
    return isset($x) ? "x=$x" : "x unset";
}
function getVar($name) {
    $x = "local-x";
    $y = "local-y";
    return $$name ?? "undefined $name";
}
function countDefined() {
    $a = 1;
    $b = 2;
    return count(get_defined_vars());
}
echo setVar("x", "first"), "\n";
echo setVar("x", "second"), "\n";
echo setVar("y", "third"), "\n";
echo getVar("x"), "\n";
echo getVar("y"), "\n";
echo getVar("z"), "\n";
echo countDefined(), " ", countDefined(), "\n";
for ($i = 0; $i < 3; $i++) {
    echo setVar("x", "loop$i"), " ", getVar("x"), " ", getVar("val"), "\n";
}
function recurse($n) {
    $var = "level$n";
    $$var = $n;
    if ($n > 0) recurse($n - 1);
    echo "$var=", $$var, " defined:", implode(",", array_keys(get_defined_vars())), "\n";
}
recurse(2);
