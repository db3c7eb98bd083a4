<?php
// Nested includes, an include with a parse error, include in loops and conditions.
$trail = ["main"];
$n = include __DIR__ . '/nested_outer.inc';
var_dump($n, $innerResult);
print_r($trail);
// A parse error in an included file is thrown as ParseError.
try {
    include __DIR__ . '/broken.inc';
    echo "not reached\n";
} catch (ParseError $e) {
    echo get_class($e), ": ", $e->getMessage(), " in ", basename($e->getFile()), " line ", $e->getLine(), "\n";
}
// Conditional include.
foreach ([true, false] as $flag) {
    $v = $flag ? include __DIR__ . '/nested_inner.inc' : "skipped";
    var_dump($v);
}
// Including the same file in a loop accumulates.
$trail = [];
for ($i = 0; $i < 3; $i++) {
    include __DIR__ . '/nested_inner.inc';
}
echo count($trail), "\n";
// The path can be any expression.
$parts = ['nested', 'inner'];
var_dump(include __DIR__ . '/' . implode('_', $parts) . '.inc');
// Entry 0 is the main script, which an image reports as the .phpo file (spec/differences.md).
echo implode(",", array_map('basename', array_slice(get_included_files(), 1))), "\n";
