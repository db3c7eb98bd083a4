<?php
// break N / continue N across switch statements nested in loops.
$matrix = [[1, 2, 3], [4, -1, 6], [7, 8, 0], [10, 11, 12]];
foreach ($matrix as $r => $row) {
    foreach ($row as $c => $v) {
        switch (true) {
            case $v < 0:
                echo "negative at $r,$c: skip rest of row\n";
                continue 3;
            case $v === 0:
                echo "zero at $r,$c: stop everything\n";
                break 3;
            case $v % 2 === 0:
                echo "even $v\n";
                continue 2;
            default:
                echo "odd $v\n";
                break;
        }
        echo "  after switch for $v\n";
    }
    echo "row $r complete\n";
}
echo "---\n";
for ($i = 0; $i < 4; $i++) {
    $j = 0;
    while ($j < 4) {
        $j++;
        switch ($j) {
            case 2:
                continue 2;     // continues the while
            case 3:
                if ($i === 2) {
                    continue 3; // continues the for
                }
                break;
            case 4:
                if ($i === 3) {
                    break 3;    // leaves the for
                }
        }
        echo "i=$i j=$j\n";
    }
    echo "end of i=$i\n";
}
echo "---\n";
$n = 0;
do {
    $n++;
    switch ($n % 3) {
        case 0:
            echo "$n divisible by 3\n";
            if ($n > 7) {
                break 2;
            }
            break;
        case 1:
            continue 2;
    }
    echo "tail $n\n";
} while ($n < 20);
echo "n=$n\n";
// match inside loop with continue via a flag
$out = [];
foreach (range(1, 10) as $k) {
    $kind = match (true) {
        $k % 15 === 0 => 'fizzbuzz',
        $k % 5 === 0 => 'buzz',
        $k % 3 === 0 => 'fizz',
        default => null,
    };
    if ($kind === null) {
        continue;
    }
    $out[] = "$k:$kind";
}
echo implode(" ", $out), "\n";
// nested switches with break 2
$cmds = [['a', 1], ['b', 2], ['a', 3], ['c', 0]];
foreach ($cmds as [$cmd, $arg]) {
    switch ($cmd) {
        case 'a':
            switch ($arg) {
                case 3:
                    echo "a3 breaks both switches\n";
                    break 2;
                default:
                    echo "a$arg\n";
            }
            echo "after inner switch\n";
            break;
        case 'c':
            echo "c ends loop\n";
            break 2;
        default:
            echo "other $cmd\n";
    }
}
