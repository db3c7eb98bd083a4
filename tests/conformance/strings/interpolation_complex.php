<?php
// Complex interpolation: array keys, nested braces, escapes, heredoc with expressions.
$user = ["name" => "Ada", "langs" => ["php", "c"], 3 => "three", "k-1" => "dash"];
$i = 1;
$key = "name";
$name = "key";
echo "Simple: $user[name] and {$user['name']} and ${name}\n";
echo "Nested: {$user['langs'][1]} / {$user['langs'][$i]} / $user[3]\n";
echo "Dyn key: {$user[$key]} {$user["k-1"]}\n";
$arr = [[1, 2], [3, 4]];
echo "Matrix: {$arr[1][0]} $arr[0]\n";
echo "Escapes: \t|\\n|\$notvar|\x41\101\u{1F600}|\e[0m|\v|\f|\0end\n";
echo 'Single: $user[name] \n \' \\', "\n";
$n = 5;
echo "Math is not evaluated: $n+1 = {$n}+1\n";
echo "Adjacent: $n$n{$n}s ${n}th\n";
$s = "str";
echo "Offset: $s[0] {$s[2]} $s[-1]\n";
$price = 9.5;
echo "Price: $price, {$price}0\n";
$empty = "";
echo "Empty:[$empty] null:[", null, "] false:[", false, "] true:[", true, "]\n";
$items = ["apple" => 3, "pear" => 0];
foreach ($items as $fruit => $count) {
    echo "There " . ($count === 1 ? "is" : "are") . " $count {$fruit}s\n";
}
$heredoc = <<<EOT
  Name: {$user['name']}
    Langs: {$user['langs'][0]}, {$user['langs'][1]}
  Raw \$dollar and \\backslash and "quotes" and 'single'
  Tab:\tEnd
  EOT;
echo $heredoc, "\n";
$now = <<<'RAW'
No $interpolation {$here}\n
RAW;
echo $now, "\n";
echo <<<X
inline {$n} heredoc
X . " concatenated\n";
$fmt = "%s has %d items";
echo sprintf("$fmt\n", "cart", 3);
echo "Dollar at end $", "\n";
echo "Brace { alone } and {\$n}\n";
$obj_like = ["a" => ["b" => ["c" => "deep"]]];
echo "Deep: {$obj_like['a']['b']['c']}\n";
