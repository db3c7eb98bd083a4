<?php
// An uncaught exception with a previous one: the report shows both ("Next ...").
// The finally block runs before the fatal error is printed.
function f() {
    try {
        throw new LogicException("first", 1);
    } catch (LogicException $e) {
        throw new RuntimeException("second", 2, $e);
    } finally {
        echo "finally before fatal\n";
    }
}
function g() {
    try {
        f();
    } finally {
        echo "outer finally\n";
    }
}
echo "start\n";
g();
echo "never\n";
