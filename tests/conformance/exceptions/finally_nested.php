<?php
// Nested try/finally: execution order while an exception unwinds several levels.
function trace($m) { echo $m, "\n"; }
function nested($throwAt) {
    try {
        trace("L1 try");
        try {
            trace("L2 try");
            try {
                trace("L3 try");
                if ($throwAt == 3) throw new Exception("at 3");
            } finally {
                trace("L3 finally");
            }
            if ($throwAt == 2) throw new Exception("at 2");
        } catch (LogicException $e) {
            trace("L2 catch (never)");
        } finally {
            trace("L2 finally");
        }
        if ($throwAt == 1) throw new Exception("at 1");
    } finally {
        trace("L1 finally");
    }
    return "normal";
}
foreach ([0, 1, 2, 3] as $t) {
    try {
        var_dump(nested($t));
    } catch (Exception $e) {
        trace("caught " . $e->getMessage() . " from line " . $e->getLine());
    }
}
// try/catch nested inside finally while another exception is pending.
function inFinally() {
    try {
        throw new RuntimeException("outer");
    } finally {
        try {
            throw new LogicException("inner");
        } catch (LogicException $e) {
            trace("handled inside finally: " . $e->getMessage());
        }
    }
}
try {
    inFinally();
} catch (RuntimeException $e) {
    trace("propagated: " . $e->getMessage());
    var_dump($e->getPrevious());
}
// A catch at the middle level handles it; outer finally still runs once.
function middle() {
    $steps = [];
    try {
        try {
            try {
                throw new DomainException("deep");
            } finally {
                $steps[] = "f3";
            }
        } catch (DomainException $e) {
            $steps[] = "c2:" . $e->getMessage();
        } finally {
            $steps[] = "f2";
        }
        $steps[] = "after2";
    } finally {
        $steps[] = "f1";
    }
    return $steps;
}
echo implode(" ", middle()), "\n";
// Exception passing through finally blocks in several call frames.
function frame($d) {
    try {
        if ($d == 0) throw new UnderflowException("bottom");
        frame($d - 1);
    } finally {
        trace("frame $d finally");
    }
}
try {
    frame(3);
} catch (UnderflowException $e) {
    trace("caught " . $e->getMessage());
}
