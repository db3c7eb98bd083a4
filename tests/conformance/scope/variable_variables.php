<?php
// Variable variables in global scope, with arrays, braces, numeric names, and isset/unset.
$a = "b";
$b = "c";
$c = "end";
echo $a, " ", $$a, " ", $$$a, "\n";
$$$a = "changed end";
echo $c, "\n";
$prefix = "item_";
for ($i = 1; $i <= 3; $i++) {
    ${$prefix . $i} = $i * $i;
}
echo $item_1 + $item_2 + $item_3, "\n";
$arr = ["x", "y"];
$x = "X-val";
echo ${$arr[0]}, "\n";
$name = "data";
$$name = [];
${$name}["k"] = 1;
${$name}[] = 2;
print_r($data);
${"123"} = "numeric name";
echo ${"123"}, "\n";
${""} = "empty name";
echo ${""}, "\n";
${"with space"} = "spaced";
echo ${"with space"}, "\n";
var_dump(isset($$name), isset(${"nope"}), empty($$name));
unset($$name);
var_dump(isset($data));
$fn = "strtoupper";
echo $fn("called"), "\n";
$fnName = "fn";
echo $$fnName("twice"), "\n";
$vars = ["one" => 1, "two" => 2];
foreach ($vars as $k => $v) {
    $$k = $v;
}
echo $one + $two, "\n";
$self = "self";
echo $$self, "\n";
$undefName = "ghost";
echo $$undefName ?? "ghost is undefined", "\n";
echo "interp: ${a} {$$a}\n";
echo $$undefName, "|\n";
