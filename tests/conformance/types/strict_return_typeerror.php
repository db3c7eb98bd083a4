<?php
declare(strict_types=1);
// Return type mismatch in strict mode is a TypeError even for numeric strings.
function parsePort(string $s): int {
    $trimmed = trim($s);
    if ($trimmed === "") {
        return 0;
    }
    return $trimmed;
}
var_dump(parsePort(""));
var_dump(parsePort("  "));
var_dump(parsePort(" 8080 "));
