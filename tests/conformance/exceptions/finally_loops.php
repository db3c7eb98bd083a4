<?php
// break and continue leaving a try block run its finally clause first.
for ($i = 0; $i < 5; $i++) {
    try {
        if ($i == 1) continue;
        if ($i == 3) break;
        echo "body $i\n";
    } finally {
        echo "finally $i\n";
    }
}
echo "after for: i=$i\n";
// break 2 / continue 2 through two levels of finally.
foreach (['a', 'b'] as $outer) {
    try {
        foreach ([1, 2, 3] as $inner) {
            try {
                if ($outer == 'b' && $inner == 2) break 2;
                if ($inner == 2) continue 2;
                echo "$outer$inner\n";
            } finally {
                echo "inner finally $outer$inner\n";
            }
        }
    } finally {
        echo "outer finally $outer\n";
    }
}
$n = 0;
while (true) {
    try {
        $n++;
        if ($n < 3) continue;
        break;
    } finally {
        echo "while finally n=$n\n";
    }
}
// Loops inside a finally block.
function sum() {
    try {
        return 10;
    } finally {
        $t = 0;
        for ($k = 0; $k < 5; $k++) {
            if ($k == 2) continue;
            if ($k == 4) break;
            $t += $k;
        }
        echo "loop in finally: $t\n";
    }
}
var_dump(sum());
// Caught exceptions inside a loop, with continue in catch.
$log = [];
foreach ([1, 0, 2, 0, 4] as $d) {
    try {
        $log[] = intdiv(8, $d);
    } catch (DivisionByZeroError $e) {
        $log[] = 'div0';
        continue;
    } finally {
        $log[] = "f$d";
    }
    $log[] = "end$d";
}
echo implode(",", $log), "\n";
// switch inside try inside a loop: break leaves only the switch.
$j = 0;
do {
    try {
        switch ($j) {
            case 0: echo "case 0\n"; break;
            case 1: echo "case 1 continue\n"; continue 2;
            default: echo "case default break loop\n"; break 2;
        }
        echo "after switch $j\n";
    } finally {
        echo "do finally $j\n";
        $j++;
    }
} while ($j < 10);
echo "j=$j\n";
