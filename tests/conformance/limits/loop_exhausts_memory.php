<?php
// ini: memory_limit=16M
$a = [];
$i = 0;
while (true) {
    $a[] = str_repeat("x", 100 + $i % 7) . $i;
    $i++;
}
