<?php
// ob_start with closure callbacks that transform output, phase flags, and chained buffers.
$log = [];
ob_start(function (string $buf, int $phase) use (&$log) {
    $log[] = sprintf("phase=%d len=%d", $phase, strlen($buf));
    return strtoupper($buf);
});
echo "hello ";
echo "world\n";
ob_flush();
echo "second chunk\n";
ob_end_flush();
print_r($log);

// Two nested transforming buffers: the inner result is fed to the outer callback.
ob_start(fn($b) => str_replace("a", "4", $b));
ob_start(fn($b) => strrev(trim($b)) . "\n");
echo "banana cabana";
ob_end_flush();
echo "apple\n";
ob_end_flush();

// A callback returning false passes the original buffer through unchanged.
ob_start(fn($b) => false);
echo "unchanged by false\n";
ob_end_flush();

// ob_get_clean does not invoke output of the callback but the callback still runs (clean phase).
$seen = [];
ob_start(function ($b, $phase) use (&$seen) {
    $seen[] = [$b, $phase];
    return "[" . $b . "]";
});
echo "cleaned";
$got = ob_get_clean();
var_dump($got);
var_dump($seen);

// Wrapping with a counter held in a static variable of a named function.
function numbered(string $buffer): string {
    static $n = 0;
    $out = "";
    foreach (explode("\n", rtrim($buffer, "\n")) as $line) {
        $out .= sprintf("%03d| %s\n", ++$n, $line);
    }
    return $out;
}
ob_start('numbered');
echo "first\nsecond\n";
ob_flush();
echo "third\n";
ob_end_flush();
var_dump(ob_list_handlers());
ob_start('numbered');
ob_start(fn($x) => $x);
ob_start();
$handlers = ob_list_handlers();
ob_end_clean();
ob_end_clean();
ob_end_clean();
var_dump($handlers);
