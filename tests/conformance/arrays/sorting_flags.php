<?php
// sort family with flags, stability, usort with string callbacks, multisort.
$mixed = ["10", 9, "9a", 1.5, "abc", true, null, "", "1e1", -1];
$a = $mixed; sort($a); var_dump($a);
$a = $mixed; sort($a, SORT_STRING); var_dump($a);
$a = $mixed; rsort($a, SORT_NUMERIC); var_dump($a);
$files = ["img12.png", "img10.png", "IMG2.png", "img1.png", "Img3.png"];
$a = $files; sort($a, SORT_NATURAL); echo implode(" ", $a), "\n";
$a = $files; sort($a, SORT_NATURAL | SORT_FLAG_CASE); echo implode(" ", $a), "\n";
$a = $files; sort($a, SORT_STRING | SORT_FLAG_CASE); echo implode(" ", $a), "\n";
$a = $files; natcasesort($a); print_r($a);
$a = $files; usort($a, 'strcasecmp'); echo implode(" ", $a), "\n";
$a = $files; usort($a, 'strnatcmp'); echo implode(" ", $a), "\n";
$scores = ["bob" => 85, "ann" => 92, "cy" => 85, "dee" => 70, "eve" => 92];
$s = $scores; asort($s); print_r($s);
$s = $scores; arsort($s); print_r($s);
$s = $scores; ksort($s); print_r($s);
$s = $scores; krsort($s); print_r($s);
$k = [10 => "a", "9" => "b", "x" => "c", "1a" => "d", -5 => "e"];
ksort($k); var_dump($k);
ksort($k, SORT_STRING); var_dump($k);
function byLen($x, $y) { return strlen($x) <=> strlen($y); }
$words = ["pear", "fig", "banana", "kiwi", "apple", "date"];
usort($words, 'byLen'); echo implode(" ", $words), "\n";
uasort($scores, 'byLenRev'); print_r($scores);
function byLenRev($x, $y) { return $y <=> $x; }
$m = ["b" => 1, "a" => 1, "c" => 0];
uksort($m, 'strcmp'); print_r($m);
$data = [3, 1, 2];
$data2 = ["c", "a", "b"];
array_multisort($data, $data2);
var_dump($data, $data2);
$ar1 = [10, 100, 100, 0];
$ar2 = [1, 3, 2, 4];
array_multisort($ar1, SORT_DESC, $ar2, SORT_ASC);
var_dump($ar1, $ar2);
$r = [5, 3, 8];
var_dump(sort($r), $r);
$sh = [3 => 'c', 1 => 'a', 2 => 'b'];
var_dump(array_values($sh), rsort($sh), $sh);
