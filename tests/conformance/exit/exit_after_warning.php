<?php
// Warnings before exit are displayed; exit status is still honoured.
$a = [];
echo $a["k"] ?? "default", "\n";
echo $a["k"], "|\n";
exit(1);
