<?php
// compact() and extract() with the EXTR_* flags.
$city = 'Oslo';
$zip = '0150';
$nested = ['a' => 1];
$list = ['city', ['zip', ['nested']]];
var_dump(compact('city', $list));
$r = compact('city', 'missingVar');
var_dump($r);
function extractTests() {
    $existing = 'original';
    $src = ['existing' => 'new', 'fresh' => 'added', '1bad' => 'invalid name', 'this' => 'forbidden?'];
    unset($src['this']);
    $n = extract($src);
    echo "EXTR_OVERWRITE: $n -> $existing, $fresh\n";
    $existing = 'original';
    $n = extract(['existing' => 'ignored', 'other' => 'o'], EXTR_SKIP);
    echo "EXTR_SKIP: $n -> $existing, $other\n";
    $n = extract(['existing' => 'p', 'brand' => 'b'], EXTR_PREFIX_SAME, 'dup');
    echo "EXTR_PREFIX_SAME: $n -> $existing, $dup_existing, $brand\n";
    $n = extract(['x' => 1, 'y' => 2], EXTR_PREFIX_ALL, 'pre');
    echo "EXTR_PREFIX_ALL: $n -> $pre_x, $pre_y\n";
    $n = extract(['0' => 'zero', 'ok' => 'fine', 'bad key' => 'b'], EXTR_PREFIX_INVALID, 'v');
    echo "EXTR_PREFIX_INVALID: $n -> $v_0, $ok\n";
    $n = extract(['existing' => 'only-existing', 'notdefined' => 'skip'], EXTR_IF_EXISTS);
    echo "EXTR_IF_EXISTS: $n -> $existing, ", isset($notdefined) ? 'defined' : 'undefined', "\n";
    $n = extract(['existing' => 'x', 'brandNew' => 'y'], EXTR_PREFIX_IF_EXISTS, 'ie');
    echo "EXTR_PREFIX_IF_EXISTS: $n -> $ie_existing, ", isset($ie_brandNew) ? 'set' : 'unset', "\n";
    $data = ['counter' => 1];
    extract($data, EXTR_REFS);
    $counter = 99;
    echo "EXTR_REFS: data[counter]=", $data['counter'], "\n";
    $n = extract(['1bad' => 'x', 'good' => 'y']);
    echo "invalid names skipped: $n\n";
    try {
        extract(['a' => 1], 99);
    } catch (ValueError $e) {
        echo "ValueError: ", $e->getMessage(), "\n";
    }
    try {
        extract(['a' => 1], EXTR_PREFIX_ALL);
    } catch (ValueError $e) {
        echo "ValueError: ", $e->getMessage(), "\n";
    }
    $vars = array_keys(get_defined_vars());
    sort($vars);
    echo implode(' ', $vars), "\n";
}
extractTests();
$n = extract(['city' => 'Bergen', 'GLOBALS' => 'x']);
echo "global extract: $n, city=$city\n";
$pair = compact('city', 'zip');
extract(array_map('strtoupper', $pair), EXTR_PREFIX_ALL, 'up');
echo "$up_city $up_zip\n";
