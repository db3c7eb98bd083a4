<?php
declare(strict_types=1);
// Builtins under strict_types: int passed to string param is a TypeError, with a stack trace through user code.
function pad(string $s, int $width): string {
    return str_pad($s, $width, "*", STR_PAD_LEFT);
}
function report(array $rows): void {
    foreach ($rows as $label => $value) {
        echo pad($label, 8), " ", pad((string) $value, 5), "\n";
    }
    echo strtoupper(count($rows)), "\n";
}
report(["apples" => 3, "pears" => 10]);
