<?php
// Seeded mt_rand / rand / random sequences are deterministic; math helpers.
mt_srand(42);
$a = [];
for ($i = 0; $i < 5; $i++) $a[] = mt_rand();
echo implode(" ", $a), "\n";
mt_srand(42);
$b = [];
for ($i = 0; $i < 5; $i++) $b[] = mt_rand(1, 100);
echo implode(" ", $b), "\n";
mt_srand(7, MT_RAND_PHP);
echo mt_rand(1, 10), " ", mt_rand(1, 10), " ", mt_rand(1, 10), "\n";
srand(123);
echo rand(), " ", rand(0, 9), " ", rand(5, 5), "\n";
mt_srand(99);
$deck = range(1, 10);
shuffle($deck);
echo implode(",", $deck), "\n";
echo str_shuffle("abcdef"), " ", array_rand(["x" => 1, "y" => 2, "z" => 3]), " ", implode(",", array_rand(range(0, 9), 3)), "\n";
var_dump(mt_getrandmax(), getrandmax());
var_dump(max([1, 5, 3]), max("apple", "banana"), max([1, 2], [1, 3]), max(1, "1"), min(0, -0.0), min([3, "2", 2.5]));
echo "empty array to min:\n";
var_dump(min([]));
