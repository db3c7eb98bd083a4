<?php
// Builtins with by-reference parameters applied to array elements, globals and undefined keys.
$data = ['list' => [3, 1, 2], 'queue' => []];
sort($data['list']);
array_push($data['queue'], 'a', 'b');
array_push($data['created'], 1);
array_unshift($data['queue'], 'first');
$popped = array_pop($data['queue']);
preg_match('/(\w+)@(\w+)/', 'mail: ann@example', $data['match']);
$data['count'] = 0;
str_replace('o', '0', 'foo boo', $data['count']);
settype($data['list'][0], 'string');
var_dump($data, $popped, end($data['list']), key($data['list']));
function tally(array $words) {
    $counts = [];
    foreach ($words as $w) {
        $counts[$w[0]] ??= [];
        array_push($counts[$w[0]], $w);
    }
    foreach (array_keys($counts) as $letter) {
        rsort($counts[$letter]);
    }
    ksort($counts);
    return $counts;
}
var_dump(tally(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']));
$matrix = [[3, 1, 2], [9, 7, 8]];
foreach (array_keys($matrix) as $i) {
    usort($matrix[$i], 'strcmp');
    $matrix[$i][] = array_shift($matrix[$i]);
}
var_dump($matrix);
$text = "one two three two one";
$parts = [];
parse_str("a=1&b[]=2&b[]=3&c[k]=v", $parts['query']);
var_dump($parts, preg_match_all('/t\w+/', $text, $parts['words']), $parts['words']);
