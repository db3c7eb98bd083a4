<?php
// ini: memory_limit=32M
// Infinitely deep PHP recursion ends in PHP's memory-limit fatal error, not a crash:
// PHP-to-PHP calls do not recurse on the C stack. (The depth reached differs from php-cli's:
// optimised frames are smaller; see spec/differences.md.)
echo "start\n";
function down($n) { return down($n + 1) + 1; }
echo down(1);
