<?php
// Rethrowing: the same object keeps its original line; wrapping keeps the chain.
function inner() { throw new RuntimeException("inner failure", 42); }
function middle() {
    try {
        inner();
    } catch (RuntimeException $e) {
        echo "middle logs: ", $e->getMessage(), "\n";
        throw $e;
    }
}
function outer() {
    try {
        middle();
    } catch (Exception $e) {
        throw new LogicException("wrapped", 7, $e);
    }
}
try {
    outer();
} catch (LogicException $e) {
    echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), " line ", $e->getLine(), "\n";
    $p = $e->getPrevious();
    echo get_class($p), " ", $p->getMessage(), " ", $p->getCode(), " line ", $p->getLine(), "\n";
}
// A rethrown exception keeps the line where it was created.
$line = 0;
try {
    try {
        $line = __LINE__; throw new Exception("orig");
    } catch (Exception $e) {
        throw $e;
    }
} catch (Exception $e2) {
    var_dump($e2 === $e, $e2->getLine() === $line);
}
// Conditional rethrow.
function handle($t) {
    try {
        throw $t;
    } catch (Exception $e) {
        if ($e->getCode() > 10) {
            throw $e;
        }
        return "handled " . $e->getMessage();
    }
}
foreach ([new Exception("small", 1), new Exception("big", 99)] as $t) {
    try {
        echo handle($t), "\n";
    } catch (Exception $e) {
        echo "rethrown ", $e->getMessage(), " code ", $e->getCode(), "\n";
    }
}
// One exception object thrown several times: getLine stays the construction line.
$ex = new Exception("reused");
for ($i = 0; $i < 2; $i++) {
    try {
        throw $ex;
    } catch (Exception $c) {
        echo "caught reused $i at line ", $c->getLine(), " same=", var_export($c === $ex, true), "\n";
    }
}
// Rethrow from a nested function through finally.
function withCleanup() {
    try {
        handle(new Exception("deep", 50));
    } finally {
        echo "cleanup\n";
    }
}
try {
    withCleanup();
} catch (Exception $e) {
    echo "final catch: ", $e->getMessage(), "\n";
}
