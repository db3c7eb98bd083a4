<?php
// Heredoc and nowdoc syntax.
$name = "World";
$arr = ["key" => "val", 2 => "two", "sub" => ["x" => "ex"]];
$num = 7;
echo <<<EOT
Hello, $name!
Array: {$arr['key']} $arr[key] $arr[2] {$arr['sub']['x']}
Escapes: \t|\\|\$name|\x41|\u{263A}
Quotes: "double" 'single'
Number: {$num}0
EOT;
echo "\n---\n";
echo <<<"QUOTED"
Quoted heredoc with $name
QUOTED;
echo "\n---\n";
echo <<<'NOW'
Nowdoc: $name {$arr['key']} \t \\ \x41
  indentation kept
NOW;
echo "\n---\n";
$indented = <<<EOT
        four spaces removed
          two extra kept
        last $name
        EOT;
var_dump($indented);
$now = <<<'EOT'
    a
      b
    EOT;
var_dump($now);
$empty = <<<EOT
EOT;
var_dump($empty);
$inExpr = strtoupper(<<<EOT
inline $num
EOT);
var_dump($inExpr);
$items = [<<<A
first
A, <<<B
second
B];
var_dump($items);
$blank = <<<EOT

line after blank

EOT;
var_dump($blank);
echo <<<X
trailing newline then text
X . "|\n";
