<?php
// Functions that assign array literals and interpolated strings to local variables.
function makePair($key, $value) {
    $pair = [$key => $value];
    return $pair;
}
function wrapOne($item) {
    $list = [$item];
    $list[] = "tail";
    return $list;
}
function greet($name, $count) {
    $msg = "Hello $name, you have $count new messages";
    return strtoupper($msg);
}
function describe(array $user) {
    $line = "{$user['name']} ({$user['age']}) lives in {$user['city']}";
    $tags = ['who' => $user['name']];
    $tags['len'] = strlen($line);
    return [$line, $tags];
}
function matrixRow($n) {
    $row = [[$n]];
    for ($i = 1; $i < 3; $i++) {
        $row[0][] = $n * $i;
    }
    return $row;
}
var_dump(makePair("a", 1), makePair(5, [2]));
var_dump(wrapOne("x"), wrapOne(null));
echo greet("Ann", 3), "\n";
var_dump(describe(["name" => "Bob", "age" => 41, "city" => "Oslo"]));
var_dump(matrixRow(7));
function buildIndex(array $words) {
    $index = [];
    foreach ($words as $pos => $w) {
        $entry = [$pos];
        $label = "word #$pos: $w";
        $index[$w] = array_merge($index[$w] ?? [], $entry);
        echo $label, "\n";
    }
    return $index;
}
var_dump(buildIndex(["to", "be", "or", "not", "to", "be"]));
