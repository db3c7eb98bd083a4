<?php
// Loop edge cases: foreach by reference then by value, modifying the array during foreach,
// for with multiple expressions, do-while(false), empty loops, list() in foreach.
$arr = [1, 2, 3];
foreach ($arr as &$v) {
    $v *= 10;
}
foreach ($arr as $v) {
}
print_r($arr); // classic: last element duplicated
unset($v);
$arr = [1, 2, 3];
foreach ($arr as $k => $val) {
    if ($k === 0) {
        $arr[] = 4; // foreach by value iterates over the original
    }
    echo $val, " ";
}
echo "| count now ", count($arr), "\n";
$arr = [1, 2, 3];
foreach ($arr as $k => &$ref) {
    if ($k === 0) {
        $arr[] = 4; // by reference sees appended elements
    }
    echo $ref, " ";
}
unset($ref);
echo "\n";
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 2) {
    echo "($i,$j)";
}
echo "\n";
for (;;) {
    echo "infinite for broken immediately\n";
    break;
}
do {
    echo "do-while(false) runs once\n";
} while (false);
$i = 0;
while ($i++ < 3);
echo "empty while body, i=$i\n";
foreach ([] as $never) {
    echo "never";
}
$pairs = [[1, 'one'], [2, 'two'], [3, 'three']];
foreach ($pairs as [$num, $word]) {
    echo "$num=$word ";
}
echo "\n";
foreach ([['id' => 7, 'tags' => ['x', 'y']]] as ['id' => $id, 'tags' => [, $second]]) {
    echo "id=$id second=$second\n";
}
$gen = ['a' => 1, 'b' => 2];
while ([$k, $v] = [key($gen), current($gen)]) {
    if ($k === null) {
        break;
    }
    echo "$k=>$v ";
    next($gen);
}
echo "\n";
$nested = [[1, [2, 3]], [4, [5, 6]]];
foreach ($nested as [$a, [$b, $c]]) {
    echo $a + $b + $c, " ";
}
echo "\n";
$s = "";
foreach (str_split("hello") as $idx => $ch) {
    if ($ch === 'l') continue;
    $s .= strtoupper($ch) . $idx;
}
echo $s, "\n";
$count = 0;
foreach (range(1, 3) as $x) foreach (range(1, 3) as $y) if ($x !== $y) $count++;
echo "pairs: $count\n";
