<?php
// Multi-catch (A | B $e) with builtin errors and SPL exceptions.
function risky(int $mode) {
    $arr = [];
    $zero = 0;
    switch ($mode) {
        case 0: return strlen($arr);                 // TypeError
        case 1: return str_repeat("x", -1);          // ValueError
        case 2: return intdiv(1, $zero);             // DivisionByZeroError
        case 3: throw new InvalidArgumentException("bad arg");
        case 4: throw new OverflowException("overflow");
        case 5: return array_combine([1, 2], [3]);   // ValueError
        case 6: throw new BadFunctionCallException("bad call");
        default: return "ok $mode";
    }
}
for ($i = 0; $i <= 7; $i++) {
    try {
        var_dump(risky($i));
    } catch (TypeError | ValueError $e) {
        echo "type/value: ", get_class($e), ": ", $e->getMessage(), "\n";
    } catch (DivisionByZeroError | InvalidArgumentException $e) {
        echo "div/arg: ", get_class($e), ": ", $e->getMessage(), "\n";
    } catch (LogicException | RuntimeException $e) {
        echo "spl: ", get_class($e), " runtime? ", var_export($e instanceof RuntimeException, true), "\n";
    }
}
// The first alternative does not match, the second does.
try {
    throw new ArithmeticError("arith");
} catch (JsonException | ArithmeticError $e) {
    echo "matched ", get_class($e), ": ", $e->getMessage(), "\n";
}
// DivisionByZeroError from % is an ArithmeticError.
try {
    $z = 0;
    echo 1 % $z;
} catch (ArithmeticError | Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Three alternatives, a class listed twice in different clauses.
function classify(Throwable $t) {
    try {
        throw $t;
    } catch (UnderflowException | OverflowException | RangeException $e) {
        return "runtime-range";
    } catch (OverflowException | Error $e) {
        return "error-or-unreachable";
    } catch (Throwable $e) {
        return "fallback";
    }
}
foreach ([new UnderflowException(), new OverflowException(), new RangeException(),
          new TypeError(), new Exception(), new ErrorException()] as $t) {
    echo str_pad(get_class($t), 20), classify($t), "\n";
}
