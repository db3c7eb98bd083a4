<?php
// With builtin types only, a child class extending a parent declared
// earlier in the file is linked at compile time, so an incompatible return
// type is a compile-time fatal error: nothing is printed.
echo "never printed\n";

class Counter {
    public function next(): int { return 1; }
    public function reset(): void {}
}

class StringCounter extends Counter {
    public function next(): string { return "1"; }
}

echo "not reached\n";
