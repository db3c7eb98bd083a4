<?php
// for loops with various header forms.
for ($i = 0; $i < 5; $i++) {
    echo $i, " ";
}
echo "\n";
for ($i = 10; $i > 0; $i -= 3) {
    echo $i, " ";
}
echo "\n";
for ($i = 0, $j = 10; $i < $j; $i++, $j--) {
    echo "($i,$j)";
}
echo "\n";
for ($i = 0; ; $i++) {
    if ($i > 3) {
        break;
    }
    echo "inf$i ";
}
echo "\n";
$k = 0;
for (; $k < 3;) {
    $k++;
}
var_dump($k);
for ($i = 1; $i <= 5; $i++) {
    for ($j = 1; $j <= 5; $j++) {
        echo str_pad($i * $j, 4, " ", STR_PAD_LEFT);
    }
    echo "\n";
}
for ($x = 0.0; $x < 1.0; $x += 0.25) {
    echo $x, ";";
}
echo "\n";
for ($c = "a"; $c != "g"; $c++) {
    echo $c;
}
echo "\n";
$arr = ["x", "y", "z"];
for ($i = 0, $n = count($arr); $i < $n; $i++) {
    echo $i, "=", $arr[$i], " ";
}
echo "\n";
for ($i = 0; $i < 3; print("p$i "), $i++);
echo "\n";
for ($i = 0; $i < 10; $i++):
    if ($i % 3) continue;
    echo "alt$i ";
endfor;
echo "\n";
$sum = 0;
for ($i = 1; $i <= 1000; $i++) {
    if ($i % 3 == 0 || $i % 5 == 0) {
        $sum += $i;
    }
}
var_dump($sum);
var_dump($i);
