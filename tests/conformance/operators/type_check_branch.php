<?php
// Type checks (is_*, === null) that decide a branch: every type, references, temporaries whose
// release runs a destructor, undefined variables, resources and closed resources.
class D { public function __destruct() { echo "destruct\n"; } }
function make() { return new D; }
function t($v) {
    $out = [];
    if ($v === null) $out[] = "null";
    if (is_int($v)) $out[] = "int";
    if (is_float($v)) $out[] = "float";
    if (is_string($v)) $out[] = "string";
    if (is_bool($v)) $out[] = "bool";
    if (is_array($v)) $out[] = "array";
    if (is_object($v)) $out[] = "object";
    if (is_resource($v)) $out[] = "resource";
    if (!is_scalar($v)) $out[] = "not-scalar";
    if ($v !== null) $out[] = "not-null";
    return implode(",", $out);
}
$f = fopen("php://memory", "r");
foreach ([null, 0, 1.5, "s", true, false, [], new stdClass, $f] as $v) echo t($v), "\n";
fclose($f);
echo t($f), "\n";
$x = 5;
$r = &$x;
if (is_int($r)) echo "ref int\n";
$r = null;
if ($x === null) echo "ref null\n";
if (is_object(make())) echo "temp object\n";
echo "after temp\n";
if (make() === null) echo "never\n"; else echo "temp not null\n";
if (is_null($undef)) echo "undefined is null\n";
if (!isset($undef2) && $undef2 === null) echo "undefined again\n";
set_error_handler(function ($no, $str) { throw new Exception($str); });
try { if (is_null($undef3)) echo "not reached\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
restore_error_handler();
$arr = [1, null, "x", [2]];
$n = 0;
for ($i = 0; $i < 4; $i++) { if ($arr[$i] !== null && !is_array($arr[$i])) $n++; }
echo $n, "\n";
$i = 0;
while (!is_null($arr[$i] ?? null)) { $i++; }
echo $i, "\n";
echo is_int(1) ? "yes" : "no", "\n";
