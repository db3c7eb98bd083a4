<?php
// A match that can only fail, among the arguments of a call inside try: the optimizer drops the
// rest of the call after the MATCH_ERROR, so the handler's code follows an unfinished call.
try {
    printf("%s", match (6) { 1 => 'foo' });
} catch (Error $e) {
    echo "caught ", get_class($e), ": ", $e->getMessage(), "\n";
}
function inner() {
    try {
        echo str_repeat(match (7) { 1 => 'x' }, 2);
    } catch (\UnhandledMatchError $e) {
        echo "inner caught ", $e->getMessage(), "\n";
    } finally {
        echo "finally\n";
    }
    try {
        $o = new ArrayObject(match (8) { 1 => [] });
    } catch (\UnhandledMatchError $e) {
        echo "new caught ", $e->getMessage(), "\n";
    }
    return "returned";
}
echo inner(), "\n";
function outer_call($a, $b) { return "$a $b"; }
try {
    echo outer_call("first", strtoupper(match (9) { 1 => 'y' })), "\n";
} catch (\UnhandledMatchError $e) {
    echo "nested caught ", $e->getMessage(), "\n";
}
