<?php
// Basic try/catch: matching by class hierarchy, first matching catch wins, nesting, catch variables.
function check($v) {
    if ($v < 0) throw new InvalidArgumentException("negative: $v", 1);
    if ($v === 0) throw new RuntimeException("zero", 2);
    if ($v > 100) throw new LengthException("too big: $v", 3);
    return $v * 2;
}
foreach ([5, -3, 0, 500, 7] as $v) {
    try {
        echo "try $v\n";
        $r = check($v);
        echo "result $r\n";
    } catch (InvalidArgumentException $e) {
        echo "invalid: ", $e->getMessage(), " code=", $e->getCode(), "\n";
    } catch (LogicException $e) {
        echo "logic(", get_class($e), "): ", $e->getMessage(), " code=", $e->getCode(), "\n";
    } catch (Exception $e) {
        echo "other(", get_class($e), "): ", $e->getMessage(), "\n";
    }
    echo "after $v\n";
}
// A general catch first shadows the later, more specific one.
try {
    throw new DomainException("d");
} catch (Exception $e) {
    echo "general first: ", get_class($e), "\n";
} catch (DomainException $e) {
    echo "never\n";
}
// Error is not an Exception, but it is Throwable.
try {
    throw new Error("plain error");
} catch (Exception $e) {
    echo "not an exception\n";
} catch (Throwable $t) {
    echo "throwable: ", get_class($t), " ", $t->getMessage(), "\n";
}
// The catch variable stays assigned after the block.
try {
    throw new UnexpectedValueException("kept");
} catch (Exception $kept) {
}
echo "kept: ", $kept->getMessage(), "\n";
// Inner catch does not match, the outer one does; code in between is skipped.
try {
    try {
        throw new OutOfRangeException("range");
    } catch (RuntimeException $e) {
        echo "inner runtime\n";
    }
    echo "not reached\n";
} catch (LogicException $e) {
    echo "outer logic: ", get_class($e), " ", $e->getMessage(), "\n";
}
// An exception thrown from a catch block goes to the enclosing try.
try {
    try {
        throw new Exception("first");
    } catch (Exception $e) {
        throw new RuntimeException("from catch: " . $e->getMessage());
    }
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
    var_dump($e->getPrevious());
}
// No exception: catch blocks are skipped, values computed in try are visible.
try {
    $value = check(21);
} catch (Exception $e) {
    $value = -1;
}
var_dump($value);
// The catch variable overwrites an existing variable of another type.
$e = [1, 2, 3];
try {
    throw new Exception("replaces array");
} catch (Exception $e) {
}
var_dump(is_array($e), $e->getMessage());
