<?php
// Objects: binary trees built from objects (allocation, property reads), see binary_trees.
final class Node
{
    public ?Node $left = null;
    public ?Node $right = null;
}

function bottomUpTree(int $depth): Node
{
    $node = new Node();
    if ($depth > 0) {
        $depth--;
        $node->left = bottomUpTree($depth);
        $node->right = bottomUpTree($depth);
    }
    return $node;
}

function itemCheck(Node $node): int
{
    return 1 + ($node->left === null ? 0 : itemCheck($node->left) + itemCheck($node->right));
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
