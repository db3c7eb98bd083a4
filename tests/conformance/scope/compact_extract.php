<?php
// compact() and extract() with flags, prefixes, references and edge cases.
$name = 'Ann';
$age = 31;
$tags = ['a', 'b'];
var_dump(compact('name', 'age'));
var_dump(compact(['name', ['age', ['tags']]]));
// An undefined name in compact warns.
var_dump(compact('name', 'undefinedName'));
// extract returns the number of variables set.
$n = extract(['city' => 'Oslo', 'zip' => '0150']);
var_dump($n, $city, $zip);
// EXTR_SKIP keeps existing values.
$n = extract(['name' => 'Bob', 'fresh' => 1], EXTR_SKIP);
var_dump($n, $name, $fresh);
// EXTR_PREFIX_SAME / EXTR_PREFIX_ALL.
$n = extract(['name' => 'Cy', 'other' => 2], EXTR_PREFIX_SAME, 'dup');
var_dump($n, $name, $dup_name, $other);
$n = extract(['x' => 1, 'y' => 2, 0 => 'numeric'], EXTR_PREFIX_ALL, 'p');
var_dump($n, $p_x, $p_y, $p_0);
// Invalid variable names are skipped.
$n = extract(['valid' => 1, '1bad' => 2, 'with space' => 3, '' => 4]);
var_dump($n, $valid);
// EXTR_IF_EXISTS only overwrites existing variables.
$n = extract(['age' => 40, 'nope' => 1], EXTR_IF_EXISTS);
var_dump($n, $age, isset($nope));
// EXTR_REFS makes the variables references into the array.
$source = ['r1' => 'one', 'r2' => 'two'];
extract($source, EXTR_REFS);
$r1 = 'changed one';
var_dump($source);
// extract cannot overwrite $this; $GLOBALS-like names are fine.
$n = extract(['GLOBALS_like' => 5]);
var_dump($GLOBALS_like);
// Inside a function: local scope only.
function scoped() {
    $local = 'L';
    extract(['inner' => 'I']);
    return compact('local', 'inner');
}
var_dump(scoped(), isset($inner));
// Round trip.
$packed = compact('city', 'zip', 'tags');
unset($city, $zip, $tags);
extract($packed);
echo "$city $zip ", implode("", $tags), "\n";
// extract with a non-array argument is a TypeError.
try {
    extract("string");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
// Invalid flag.
try {
    extract([], 99);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
