<?php
// Functions and constants in namespaces: fallback to global builtins, qualified calls, use function.
namespace App\Text {
    const SEP = " | ";
    function strlen($s) { return "shadowed:" . \strlen($s); }
    function joinAll(array $parts) { return implode(SEP, $parts); }
    function lengths(array $parts) { return array_map('App\Text\strlen', $parts); }
    echo strlen("abc"), " ", \strlen("abc"), " ", namespace\strlen("xy"), "\n";
    echo joinAll(["a", "b", "c"]), " ", __NAMESPACE__, " ", SEP, "\n";
    var_dump(lengths(["one", "three"]));
    echo PHP_VERSION_ID >= 80200 ? "global constant fallback works\n" : "old\n";
}
namespace App\Main {
    use function App\Text\joinAll;
    use const App\Text\SEP;
    use function App\Text\strlen as textLen;
    echo joinAll(["x", "y"]), "[", SEP, "]", textLen("four"), " ", strlen("four"), "\n";
    echo \App\Text\joinAll(["q"]), " ", call_user_func('App\Text\joinAll', ["r", "s"]), "\n";
    $fn = '\App\Text\strlen';
    echo $fn("dyn"), "\n";
    var_dump(function_exists('App\Text\joinAll'), function_exists('App\Main\joinAll'), defined('App\Text\SEP'), defined('\App\Text\SEP'));
    function describe() { return __FUNCTION__ . " in " . __NAMESPACE__; }
    echo describe(), "\n";
}
namespace {
    echo App\Main\describe(), "\n";
    echo App\Text\notDefined("x");
}
