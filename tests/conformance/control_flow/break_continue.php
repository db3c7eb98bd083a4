<?php
// break N and continue N in nested loops.
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) {
            continue 2;
        }
        echo "($i,$j)";
    }
    echo "never printed";
}
echo "\n";
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($i == 1 && $j == 1) {
            break 2;
        }
        echo "[$i,$j]";
    }
}
echo "\nafter break 2: i=$i j=$j\n";
$found = null;
foreach ([[1, 2], [3, 4], [5, 6]] as $ri => $row) {
    foreach ($row as $ci => $val) {
        if ($val == 4) {
            $found = "$ri:$ci";
            break 2;
        }
    }
}
var_dump($found);
$i = 0;
while (true) {
    $i++;
    $j = 0;
    while (true) {
        $j++;
        if ($j > 2) {
            continue 2;
        }
        if ($i > 3) {
            break 2;
        }
        echo "$i.$j ";
    }
}
echo "\n";
$out = "";
for ($a = 0; $a < 3; $a++) {
    for ($b = 0; $b < 3; $b++) {
        for ($c = 0; $c < 3; $c++) {
            if ($c == 2) continue 3;
            if ($b == 1) continue 2;
            $out .= "$a$b$c ";
        }
    }
}
var_dump($out);
$n = 0;
do {
    $n++;
    if ($n % 2) continue;
    echo "even $n ";
    if ($n >= 8) break;
} while ($n < 100);
echo "\n";
$primes = [];
for ($p = 2; count($primes) < 15; $p++) {
    for ($d = 2; $d * $d <= $p; $d++) {
        if ($p % $d == 0) {
            continue 2;
        }
    }
    $primes[] = $p;
}
echo implode(",", $primes), "\n";
foreach ([1, 2, 3] as $x) {
    switch ($x) {
        case 2:
            break;
        default:
            echo "x=$x ";
            break 1;
    }
    echo "after-switch-$x ";
}
echo "\n";
