<?php
// Named arguments to user functions: reordering, defaults, mixing with positional.
function box($width, $height = 1, $depth = 1, $label = "box") {
    return "$label: {$width}x{$height}x{$depth}";
}
echo box(2), "\n";
echo box(2, depth: 5), "\n";
echo box(label: "crate", width: 3), "\n";
echo box(1, 2, label: "flat"), "\n";
echo box(height: 7, width: 1, depth: 2), "\n";
// Named arguments with variadics collect unknown names as string keys.
function collect($first, ...$rest) {
    return json_encode(['first' => $first, 'rest' => $rest]);
}
echo collect(1, 2, 3), "\n";
echo collect(1, extra: 'x', more: 'y'), "\n";
echo collect(first: 0, other: 1), "\n";
echo collect(1, 2, named: 3), "\n";
// By-reference parameters with named arguments.
function setValue(&$target, $value = 'default') {
    $target = $value;
}
setValue(value: 'named', target: $v);
var_dump($v);
setValue(target: $w);
var_dump($w);
// Nullable and typed parameters.
function typed(int $a = 1, ?string $b = null, float $c = 0.5) {
    return var_export([$a, $b, $c], true);
}
echo typed(c: 2), "\n";
echo typed(b: "bee"), "\n";
echo typed(5, c: 1.25), "\n";
// Skipping an optional parameter in the middle.
function range3($start = 0, $end = 10, $step = 1) {
    return implode(",", range($start, $end, $step));
}
echo range3(end: 4), "\n";
echo range3(step: 5), "\n";
// Named arguments to closures and arrow functions.
$fmt = function ($value, $prefix = "[", $suffix = "]") {
    return $prefix . $value . $suffix;
};
echo $fmt(suffix: ">", value: "v"), "\n";
$arrow = fn($x, $y = 10) => $x - $y;
var_dump($arrow(y: 1, x: 5));
// func_get_args with named arguments (defaults are filled in).
function showArgs($a = 'A', $b = 'B', $c = 'C') {
    return implode(",", func_get_args());
}
echo showArgs(c: 'z'), "\n";
echo showArgs('x', c: 'z'), "\n";
// Case sensitive names.
function caseTest($Name = "default") { return $Name; }
echo caseTest(Name: "exact"), "\n";
try {
    echo caseTest(name: "lower");
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
