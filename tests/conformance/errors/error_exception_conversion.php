<?php
// Converting warnings to ErrorException in a handler and catching them.
// Traces show string arguments whole: a path cut at 15 characters depends on where this runs.
// ini: zend.exception_string_param_max_len=1000
set_error_handler(function (int $no, string $str, string $file, int $line) {
    if (!(error_reporting() & $no)) {
        echo "(silenced: $str)\n";
        return false;
    }
    throw new ErrorException($str, 0, $no, $file, $line);
});
$tests = [
    'undefined key' => fn() => [][0],
    'undefined var' => function () { return $nothing; },
    'division' => fn() => 1 % 0,
    'string offset' => fn() => "abc"[7],
    'user warning' => fn() => trigger_error("custom", E_USER_WARNING),
    'array to string' => fn() => "" . [1],
    'ok' => fn() => "fine",
];
foreach ($tests as $name => $fn) {
    try {
        $r = $fn();
        echo "$name: returned ", var_export($r, true), "\n";
    } catch (ErrorException $e) {
        printf("%s: ErrorException severity=%d line=%d msg=%s\n", $name, $e->getSeverity(),
            $e->getLine(), $e->getMessage());
    } catch (Error $e) {
        printf("%s: %s %s\n", $name, get_class($e), $e->getMessage());
    }
}
$v = @$tests['missing'];
var_dump($v);
echo "uncaught conversion next\n";
$list = [1, 2];
echo $list[9];
