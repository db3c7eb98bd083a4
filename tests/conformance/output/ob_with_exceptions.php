<?php
// Output buffers and exceptions: a finally block cleaning a buffer; a callback seeing
// partial output; capturing output of a function that throws.
function capture(callable $fn, mixed ...$args): array {
    ob_start();
    $level = ob_get_level();
    try {
        $result = $fn(...$args);
        return ['ok', $result, ob_get_contents()];
    } catch (Throwable $e) {
        return ['error', get_class($e) . ': ' . $e->getMessage(), ob_get_contents()];
    } finally {
        while (ob_get_level() >= $level) {
            ob_end_clean();
        }
    }
}
print_r(capture(function ($a, $b) { echo "adding "; return $a + $b; }, 2, 3));
print_r(capture(function () { echo "partial "; ob_start(); echo "nested unclosed"; throw new LogicException("boom"); }));
print_r(capture('intdiv', 1, 0));
print_r(capture(fn() => printf("%s", "printf inside")));
echo "level now ", ob_get_level(), "\n";
// A buffer callback that throws is an error at flush time.
ob_start(function ($buf) {
    return "<<" . $buf . ">>";
});
echo "content";
try {
    throw new RuntimeException("while buffering");
} catch (RuntimeException $e) {
    echo " + caught ", $e->getMessage();
}
ob_end_flush();
echo "\n";
// Unclosed buffer with an uncaught exception: buffer is flushed before the error message.
ob_start(fn($b) => str_replace("secret", "******", $b));
echo "the secret is out\n";
throw new Exception("uncaught with open secret buffer");
