<?php
// Error messages when calling a variable that does not hold a valid callable ($x()).
$cases = [
    'int' => 5,
    'null' => null,
    'empty array' => [],
    'three elements' => [1, 2, 3],
    'unknown class' => ['NoSuchClass', 'method'],
    'unknown method' => ['DateTime', 'noSuchMethod'],
    'object + unknown method' => [new stdClass, 'missing'],
    'string unknown function' => 'no_such_function',
    'string Class::method unknown class' => 'NoSuchClass::method',
    'string Class::method unknown method' => 'DateTime::noSuchMethod',
    'object without __invoke' => new stdClass,
    'float' => 1.5,
    'bool' => true,
];
foreach ($cases as $label => $callee) {
    try {
        $callee();
        echo "$label: called?!\n";
    } catch (Error $e) {
        printf("%-36s %s: %s\n", $label, get_class($e), $e->getMessage());
    }
}
// Valid dynamic calls for comparison
$ok = [
    'strtoupper',
    '\\strrev',
    ['DateTime', 'createFromFormat'],
    'DateTime::createFromFormat',
    fn(...$a) => count($a),
];
foreach ($ok as $f) {
    $r = is_array($f) || str_contains((string)(is_string($f) ? $f : ''), '::')
        ? $f('Y-m-d', '2024-05-06')->format('d.m.Y')
        : $f('abc');
    var_dump($r);
}
