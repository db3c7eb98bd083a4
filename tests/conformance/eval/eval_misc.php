<?php
// eval: exceptions, warnings, magic constants, line numbers.
function clean($s) { return str_replace(__DIR__ . DIRECTORY_SEPARATOR, '', $s); }
// Exceptions thrown in eval propagate to the caller.
try {
    eval('throw new RuntimeException("from eval", 5);');
} catch (RuntimeException $e) {
    echo $e->getMessage(), " code ", $e->getCode(), " line ", $e->getLine(), "\n";
    echo clean($e->getFile()), "\n";
}
// Exceptions thrown in the caller's functions called from eval.
function fails() {
    throw new LogicException("from function called in eval");
}
try {
    eval("\n\nfails();");
} catch (LogicException $e) {
    echo $e->getMessage(), "\n", clean($e->getTraceAsString()), "\n";
}
// try/catch inside eval.
var_dump(eval('try { return intdiv(1, 0); } catch (DivisionByZeroError $e) { return "caught in eval: " . $e->getMessage(); }'));
// Warnings inside eval report the eval'd code and its line.
eval("\n\$arr = [];\necho \$arr['k'] ?? 'coalesce', \"\\n\";\necho \$arr['k2'];\n");
echo "\n";
// Magic constants inside eval.
var_dump(eval('return __LINE__;'));
var_dump(eval("\n\n\nreturn __LINE__;"));
var_dump(clean(eval('return __FILE__;')));
var_dump(eval('return __DIR__;') === __DIR__);
function magicFn() {
    return eval('return __FUNCTION__;');
}
var_dump(magicFn());
// Warnings from eval'd code passed to an error handler.
set_error_handler(function ($no, $str, $file, $line) {
    echo "handler: $no $str at ", clean($file), ":$line\n";
    return true;
});
eval('$u = $undefinedVar; $s = "abc"; $s[10];');
restore_error_handler();
// A batch of expressions, some failing at compile time or at run time.
$results = [];
foreach (['1+1', '2*3', 'strtoupper("x")', 'intdiv(1, 0)', '[', 'missing_fn()'] as $expr) {
    try {
        $results[] = var_export(eval("return $expr;"), true);
    } catch (Throwable $t) {
        $results[] = get_class($t);
    }
}
echo implode(" | ", $results), "\n";
