<?php
// eval returning values; without return it yields NULL.
var_dump(eval('return 1 + 2;'));
var_dump(eval('return "str" . "ing";'));
var_dump(eval('return [1, "a" => 2];'));
var_dump(eval('$unused = 5;'));
var_dump(eval(''));
var_dump(eval('return;'));
var_dump(eval('return null;'));
// Code after return in eval is not executed.
var_dump(eval('echo "before\n"; return "ret"; echo "after\n";'));
// Conditional returns and loops inside eval.
foreach ([3, 10] as $n) {
    var_dump(eval('if (' . $n . ' > 5) { return "big"; } for ($i = 0, $s = 0; $i < ' . $n . '; $i++) { $s += $i; } return $s;'));
}
// Building code from data.
$ops = ['+', '-', '*', '/', '%', '**', '<=>', '.'];
foreach ($ops as $op) {
    echo "7 $op 2 = ", var_export(eval("return 7 $op 2;"), true), "\n";
}
// eval as part of a larger expression.
$x = eval('return 10;') * 2 + eval('return 1;');
var_dump($x);
// Nested eval.
var_dump(eval('return eval(\'return "inner";\') . " outer";'));
// eval returning a closure.
$f = eval('return function ($a) { return $a * 3; };');
var_dump($f(14));
// eval with a heredoc.
$code = <<<'PHP'
$list = [];
foreach (range('a', 'e') as $i => $ch) {
    $list[] = str_repeat($ch, $i + 1);
}
return implode(" ", $list);
PHP;
var_dump(eval($code));
// eval with an opening tag: leaves PHP mode and the text is echoed.
var_dump(eval('?>plain text <?php return "after tag";'));
var_dump(eval('?>only text'));
echo "\n";
