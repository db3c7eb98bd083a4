<?php
// ini: memory_limit=16M
echo "start\n";
$s = str_repeat("ab", 20000000);
echo "not reached ", strlen($s), "\n";
