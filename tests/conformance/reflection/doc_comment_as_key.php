<?php
// Doc comments of functions, methods, classes, constants and properties used as values: array
// keys, switch and match subjects, interned-string comparisons (phpovm leaves their hash for
// libphp to compute when something asks for it).
/** The class. */
class Documented {
    /** A constant. */
    const C = 1;
    /** A property. */
    public $p;
    /** A method. */
    function m() {}
}
/** A function. */
function documented() {}

$docs = [
    (new ReflectionClass('Documented'))->getDocComment(),
    (new ReflectionClassConstant('Documented', 'C'))->getDocComment(),
    (new ReflectionProperty('Documented', 'p'))->getDocComment(),
    (new ReflectionMethod('Documented', 'm'))->getDocComment(),
    (new ReflectionFunction('documented'))->getDocComment(),
];
$byDoc = [];
foreach ($docs as $i => $d) $byDoc[$d] = $i;
var_dump($byDoc);
var_dump(isset($byDoc['/** A method. */']), $byDoc['/** A function. */'] ?? null);
var_dump(array_flip($docs)['/** A property. */']);
foreach ($docs as $d) {
    echo match ($d) { '/** The class. */' => "class", '/** A constant. */' => "constant", default => "other" }, " ";
    switch ($d) { case '/** A function. */': echo "function\n"; break; default: echo "-\n"; }
}
var_dump(in_array('/** A constant. */', $docs, true), array_search('/** A method. */', $docs));
$o = new stdClass;
$o->{$docs[0]} = 'dynamic';
var_dump(property_exists($o, '/** The class. */'), md5($docs[4]), strlen(implode('', $docs)));
