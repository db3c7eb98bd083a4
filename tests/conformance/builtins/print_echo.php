<?php
// echo and print.
echo "single arg\n";
echo "multiple", " ", "args", "\n";
echo 1, 2.5, true, null, false, -3, "\n";
echo("parenthesised\n");
$r = print "print returns 1\n";
var_dump($r);
print("print with parens\n");
$x = 5;
print $x > 3 ? "ternary in print\n" : "no\n";
echo $x, "\n";
echo "sum: " . $x + 1 . "\n";
echo "math: ", $x * 2, "\n";
$r2 = print "";
var_dump($r2);
1 and print "print in expression\n";
echo 'single quotes $x\n', "\n";
echo <<<TXT
heredoc echo $x

TXT;
?>
Inline HTML outside PHP tags with <?= $x ?> short echo.
<?php echo "back in PHP\n"; ?>
Trailing text after closing tag, then newline handling: <?php echo "X" ?>
Y
<?php
echo "final\n";
