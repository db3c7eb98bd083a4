<?php
// ob_start with a callback and chunk_size 0: the callback sees the whole buffer and phase flags.
function phases(int $p): string {
    $names = [];
    foreach (['START' => PHP_OUTPUT_HANDLER_START, 'WRITE' => PHP_OUTPUT_HANDLER_WRITE,
              'FLUSH' => PHP_OUTPUT_HANDLER_FLUSH, 'CLEAN' => PHP_OUTPUT_HANDLER_CLEAN,
              'FINAL' => PHP_OUTPUT_HANDLER_FINAL] as $n => $bit) {
        if ($p & $bit) $names[] = $n;
    }
    return $names ? implode('|', $names) : 'NONE';
}
$log = [];
ob_start(function (string $buf, int $phase) use (&$log) {
    $log[] = phases($phase) . ':' . strlen($buf);
    return strtoupper($buf);
}, 0);
echo "hello ";
echo "world\n";
var_dump(ob_get_length());
ob_flush();
echo "after flush\n";
ob_end_flush();
print_r($log);
$log = [];
ob_start(function ($buf, $phase) use (&$log) {
    $log[] = phases($phase);
    return "{" . $buf . "}";
}, 0);
echo "to be cleaned";
ob_clean();
echo "kept";
$status = ob_get_status();
echo "\n";
ob_end_flush();
echo "\n";
print_r($log);
var_dump($status['chunk_size'], $status['level'], $status['name']);
// returning false passes through the original buffer
ob_start(fn($b) => false, 0);
echo "passthrough\n";
ob_end_flush();
// nested with chunk_size 0 on both
ob_start(fn($b) => "outer(" . $b . ")\n", 0);
ob_start(fn($b) => "inner[" . trim($b) . "]", 0);
echo "x";
ob_end_flush();
echo "y";
ob_end_flush();
// ob_get_clean with callback: callback invoked but its result discarded
$log = [];
ob_start(function ($b, $p) use (&$log) { $log[] = phases($p) . "=" . $b; return "IGNORED"; }, 0);
echo "captured";
$got = ob_get_clean();
var_dump($got);
print_r($log);
