<?php
// Functions (and constants) defined inside eval become global.
var_dump(function_exists('from_eval'));
eval('function from_eval($x) { return "from_eval($x)"; }');
var_dump(function_exists('from_eval'));
echo from_eval(42), "\n";
// A function defined in eval calling a normal function and vice versa.
function helper($v) {
    return $v * 2;
}
eval('function eval_calls_helper($v) { return helper($v) + 1; }');
var_dump(eval_calls_helper(10));
function calls_eval_fn() {
    return from_eval("nested");
}
var_dump(calls_eval_fn());
// Defining a function twice is fatal, so guard with function_exists.
for ($i = 0; $i < 3; $i++) {
    if (!function_exists('guarded')) {
        eval('function guarded() { static $n = 0; return ++$n; }');
        echo "defined guarded in iteration $i\n";
    }
    echo guarded(), "\n";
}
// Constants.
eval('const EVAL_CONST = "constant from eval";');
var_dump(EVAL_CONST);
eval('define("EVAL_DEFINED", 123);');
var_dump(EVAL_DEFINED);
// Generating many small functions.
foreach (['double' => '*2', 'square' => '**2', 'negate' => '*-1'] as $name => $expr) {
    eval("function gen_$name(\$x) { return \$x $expr; }");
}
var_dump(gen_double(7), gen_square(7), gen_negate(7));
// Functions from eval as callbacks, with by-reference parameters and defaults.
eval('function eval_inc(&$v, $by = 1) { $v += $by; }');
$n = 5;
eval_inc($n);
eval_inc($n, 10);
var_dump($n);
print_r(array_map('gen_square', [1, 2, 3]));
// Recursive function defined in eval.
eval('function eval_fib($n) { return $n < 2 ? $n : eval_fib($n - 1) + eval_fib($n - 2); }');
var_dump(eval_fib(20));
// A function defined in eval inside a function is still global.
function defineInside() {
    eval('function inner_defined() { return __FUNCTION__; }');
}
defineInside();
var_dump(inner_defined());
$user = get_defined_functions()['user'];
echo implode(",", $user), "\n";
