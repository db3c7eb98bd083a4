<?php
// Implementing an interface method with a narrower parameter type (not
// contravariant) is a fatal error. Classes implementing interfaces are
// linked when their declaration runs, so "start" is printed first. A
// compatible implementation (wider parameters, extra optional parameter)
// is accepted.
echo "start\n";

interface Renderer {
    public function render(int|string $size, ?array $opts = null): string;
}

class GoodRenderer implements Renderer {
    public function render(mixed $size, ?iterable $opts = null, bool $extra = false): string { return "good"; }
}

class BadRenderer implements Renderer {
    public function render(int $size, ?array $opts = null): string { return "bad"; }
}

echo "not reached\n";
