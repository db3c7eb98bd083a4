<?php
// ini: display_errors=stderr
// ini: error_prepend_string=[[
// ini: error_append_string=]]
// Warnings and the final fatal error go to stderr when display_errors=stderr.
echo "start\n";
$a = [];
echo $a["missing"] ?? "coalesced", "\n";
echo $a["missing"], "|\n";
trigger_error("user notice", E_USER_NOTICE);
echo strlen(null), "\n";
echo "end of output\n";
echo intdiv(10, 0);
