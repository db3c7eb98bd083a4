<?php
// Errors with named arguments: unknown names, overwriting, missing required.
function clean($s) { return str_replace(__DIR__ . DIRECTORY_SEPARATOR, '', $s); }
function pair($first, $second = 2) {
    return "$first/$second";
}
function attempt($label, callable $fn) {
    try {
        $r = $fn();
        echo $label, ": ", $r, "\n";
    } catch (Throwable $e) {
        echo $label, ": ", get_class($e), ": ", clean($e->getMessage()), "\n";
    }
}
attempt("ok", fn() => pair(second: 'b', first: 'a'));
attempt("unknown user", fn() => pair(1, third: 3));
attempt("overwrite user", fn() => pair(1, first: 'again'));
attempt("missing required", fn() => pair(second: 'only'));
attempt("unknown builtin", fn() => strlen(str: "x"));
attempt("overwrite builtin", fn() => str_repeat("a", 3, string: "b"));
attempt("missing builtin", fn() => str_repeat(times: 3));
attempt("builtin variadic named", fn() => sprintf("%s", values: "x", other: "y"));
attempt("spread unknown", fn() => pair(...['first' => 1, 'nope' => 2]));
attempt("spread overwrite", fn() => pair(1, ...['first' => 2]));
attempt("call_user_func unknown", fn() => call_user_func('pair', 1, bad: 1));
attempt("call_user_func_array named", fn() => call_user_func_array('pair', ['second' => 'S', 'first' => 'F']));
attempt("closure unknown", fn() => (function ($a) { return $a; })(b: 1));
attempt("internal no named variadic", fn() => max(1, 2, value3: 3));
attempt("array_merge named", fn() => json_encode(array_merge(a: [1], b: [2])));
// Overwriting a variadic-collected name with a parameter name.
function vari($a, ...$rest) {
    return json_encode([$a, $rest]);
}
attempt("variadic collects", fn() => vari(1, 2, x: 3));
attempt("variadic overwrite", fn() => vari(1, a: 2));
// Arguments are evaluated in source order; an unknown name fails only after evaluation.
function trace($v) { echo "[eval $v]"; return $v; }
attempt("evaluation order", fn() => pair(second: trace('s'), first: trace('f')));
attempt("eval before error", fn() => pair(trace('one'), unknown: trace('two')));
