<?php
// A small procedural program: word statistics over a built-in text.
$text = "the quick brown fox jumps over the lazy dog the end";
$counts = [];
foreach (explode(" ", $text) as $word) {
    $counts[$word] = ($counts[$word] ?? 0) + 1;
}
arsort($counts);
printf("%d words, %d distinct\n", array_sum($counts), count($counts));
foreach (array_slice($counts, 0, 3, true) as $word => $n) {
    echo str_pad($word, 8), str_repeat("*", $n), " ($n)\n";
}
function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
echo "fib(20) = ", fib(20), "\n";
