<?php
// goto out of try blocks runs the finally clause; return inside finally; nested finally order.
function jumpOut(int $n): string {
    $log = [];
    for ($i = 0; $i < $n; $i++) {
        try {
            $log[] = "try$i";
            if ($i === 1) {
                goto after;
            }
        } finally {
            $log[] = "finally$i";
        }
    }
    after:
    $log[] = "after";
    return implode(" ", $log);
}
echo jumpOut(3), "\n";
function breakOut(): string {
    $log = [];
    foreach ([1, 2, 3] as $v) {
        try {
            try {
                if ($v === 2) {
                    break;
                }
                $log[] = "body$v";
                continue;
            } finally {
                $log[] = "inner$v";
            }
        } finally {
            $log[] = "outer$v";
        }
    }
    return implode(" ", $log);
}
echo breakOut(), "\n";
function finallyOverridesReturn() {
    try {
        return "from try";
    } finally {
        echo "finally runs before return value is used\n";
    }
}
echo finallyOverridesReturn(), "\n";
function finallyReturns() {
    try {
        throw new Exception("discarded");
    } finally {
        return "finally return wins";
    }
}
echo finallyReturns(), "\n";
function rethrowChain() {
    try {
        try {
            throw new RuntimeException("first");
        } finally {
            echo "inner finally\n";
        }
    } catch (RuntimeException $e) {
        throw new LogicException("second", 2, $e);
    } finally {
        echo "outer finally\n";
    }
}
try {
    rethrowChain();
} catch (LogicException $e) {
    echo get_class($e), ":", $e->getMessage(), " <- ", get_class($e->getPrevious()), ":", $e->getPrevious()->getMessage(), "\n";
}
$i = 0;
retry:
try {
    $i++;
    if ($i < 3) {
        throw new Exception("attempt $i");
    }
    echo "succeeded on $i\n";
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
    goto retry;
} finally {
    echo "finally for attempt $i\n";
}
