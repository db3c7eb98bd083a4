<?php
// Exceptions thrown from finally: the pending exception becomes the new one's previous.
function chain(Throwable $e) {
    $parts = [];
    for ($x = $e; $x !== null; $x = $x->getPrevious()) {
        $parts[] = get_class($x) . "(" . $x->getMessage() . ")";
    }
    return implode(" <- ", $parts);
}
function f1() {
    try {
        throw new Exception("original");
    } finally {
        throw new RuntimeException("from finally");
    }
}
try { f1(); } catch (Exception $e) { echo "f1: ", chain($e), "\n"; }

function f2() {
    try {
        return "value";
    } finally {
        throw new LogicException("finally throws after return");
    }
}
try { var_dump(f2()); } catch (LogicException $e) { echo "f2: ", chain($e), "\n"; }

function f3() {
    try {
        throw new Exception("A");
    } catch (Exception $e) {
        throw new Exception("B from catch");
    } finally {
        echo "f3: finally runs\n";
    }
}
try { f3(); } catch (Exception $e) { echo "f3: ", chain($e), "\n"; }

// The new exception already has a previous: the pending one is appended at the end.
function f4() {
    try {
        throw new Exception("pending");
    } finally {
        throw new RuntimeException("new", 0, new LogicException("own previous"));
    }
}
try { f4(); } catch (Exception $e) { echo "f4: ", chain($e), "\n"; }

// Two nested finally blocks both throwing.
function f5() {
    try {
        try {
            throw new Exception("one");
        } finally {
            throw new Exception("two");
        }
    } finally {
        throw new Exception("three");
    }
}
try { f5(); } catch (Exception $e) { echo "f5: ", chain($e), "\n"; }

// An Error thrown in finally while an Exception is pending.
function f6() {
    try {
        throw new InvalidArgumentException("arg");
    } finally {
        $z = 0;
        echo 5 % $z;
    }
}
try {
    f6();
} catch (Exception $e) {
    echo "f6 exception?\n";
} catch (Error $e) {
    echo "f6: ", chain($e), "\n";
}
// Exception thrown in finally and caught inside the same finally: original continues.
function f7() {
    try {
        throw new Exception("survivor");
    } finally {
        try {
            throw new Exception("transient");
        } catch (Exception $t) {
            echo "f7: caught ", $t->getMessage(), "\n";
        }
    }
}
try { f7(); } catch (Exception $e) { echo "f7: ", chain($e), "\n"; }
