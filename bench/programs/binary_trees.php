<?php
// Allocation: binary trees built from nested arrays [left, right] (see oo_binary_trees for objects).
function bottomUpTree($depth)
{
    if (!$depth) {
        return [null, null];
    }
    $depth--;
    return [bottomUpTree($depth), bottomUpTree($depth)];
}

function itemCheck($node)
{
    return 1 + ($node[0] === null ? 0 : itemCheck($node[0]) + itemCheck($node[1]));
}

$minDepth = 5;
$maxDepth = 15;
$stretch = $maxDepth + 1;
echo "stretch tree of depth $stretch\t check: ", itemCheck(bottomUpTree($stretch)), "\n";
$longLived = bottomUpTree($maxDepth);
for ($depth = $minDepth; $depth <= $maxDepth; $depth += 2) {
    $iterations = 1 << ($maxDepth - $depth + $minDepth);
    $check = 0;
    for ($i = 0; $i < $iterations; $i++) {
        $check += itemCheck(bottomUpTree($depth));
    }
    echo "$iterations\t trees of depth $depth\t check: $check\n";
}
echo "long lived tree of depth $maxDepth\t check: ", itemCheck($longLived), "\n";
