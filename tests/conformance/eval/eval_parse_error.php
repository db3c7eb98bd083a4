<?php
// eval with syntax errors throws ParseError, which can be caught.
$snippets = [
    'return 1 +;',
    'echo "unterminated',
    'function () {',
    'return $x = ;',
    '$a = [1, 2;',
    'if (true) { echo "x"; ',
    'return 5',
    'class {}',
];
foreach ($snippets as $code) {
    try {
        $r = eval($code);
        echo "no error: ", var_export($r, true), "\n";
    } catch (ParseError $e) {
        echo get_class($e), ": ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
    }
}
// ParseError is an Error and CompileError, not an Exception.
try {
    eval('$$$;');
} catch (Exception $e) {
    echo "not reached\n";
} catch (CompileError $e) {
    echo "CompileError caught: ", get_class($e), "\n";
    var_dump($e instanceof Error, $e->getCode());
}
// The eval file name in getFile.
try {
    eval("\n\n  return )(;");
} catch (ParseError $e) {
    echo basename(str_replace(__DIR__, '', $e->getFile())), " line ", $e->getLine(), "\n";
}
// Code before the parse error does not run (the whole code is compiled first).
$ran = false;
try {
    eval('$ran = true; syntax error here');
} catch (ParseError $e) {
    echo "parse error, ran=", var_export($ran, true), "\n";
}
// A parse error inside a nested eval is caught by the inner handler.
$r = eval('try { eval("1 +"); } catch (ParseError $p) { return "inner caught: " . $p->getMessage(); }');
var_dump($r);
// Execution continues normally.
var_dump(eval('return "valid";'));
