<?php
// The builtin Throwable hierarchy checked with instanceof, is_a, get_parent_class.
$items = [
    new Exception("e"), new ErrorException("ee"), new Error("err"), new TypeError("t"),
    new ArgumentCountError("a"), new ValueError("v"), new DivisionByZeroError("d"),
    new ArithmeticError("ar"), new JsonException("j"), new RuntimeException("r"),
    new OutOfBoundsException("o"), new LogicException("l"), new BadFunctionCallException("b"),
    new BadMethodCallException("bm"), new UnhandledMatchError("u"), new LengthException("len"),
    new UnexpectedValueException("uv"), new CompileError("c"), new ParseError("p"),
];
$types = ['Throwable', 'Exception', 'Error', 'RuntimeException', 'LogicException',
          'TypeError', 'ArithmeticError', 'BadFunctionCallException', 'CompileError'];
echo str_pad("", 26), implode(" ", array_map(fn($t) => substr($t, 0, 3), $types)), "\n";
foreach ($items as $it) {
    echo str_pad(get_class($it), 26);
    foreach ($types as $t) {
        echo $it instanceof $t ? ' Y  ' : ' .  ';
    }
    echo "parent=", get_parent_class($it) ?: '-', "\n";
}
var_dump(is_a($items[4], 'TypeError'), is_subclass_of($items[4], 'Error'), is_subclass_of($items[2], 'Error'));
$cls = 'Exception';
var_dump($items[1] instanceof $cls, $items[2] instanceof $cls);
var_dump($items[0] instanceof Throwable, "Exception" instanceof Throwable);
$notObj = null;
var_dump($notObj instanceof Exception);
// Caught exceptions tested with instanceof.
foreach ([fn() => intdiv(1, 0), fn() => str_repeat("x", -5), fn() => throw new OverflowException("o")] as $f) {
    try {
        $f();
    } catch (Throwable $t) {
        echo get_class($t), ": error? ", var_export($t instanceof Error, true),
            " arith? ", var_export($t instanceof ArithmeticError, true),
            " runtime? ", var_export($t instanceof RuntimeException, true), "\n";
    }
}
var_dump(class_exists('JsonException'), interface_exists('Throwable'), class_exists('Throwable'));
