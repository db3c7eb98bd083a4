<?php
// Duplicate backing values in an enum are not reported when the enum is
// declared but when its cases/constants are first evaluated: an Error
// that can be caught and is raised again on later accesses (cases() still
// lists both cases). The last access is uncaught (exit status 255).
enum Code: string {
    case Ok = 'ok';
    case Fine = 'ok';
    const LIMIT = 3;
    public static function describe(): string { return "Code enum"; }
}
echo "declared: ", var_export(enum_exists('Code'), true), "\n";
echo Code::describe(), "\n";
var_dump((new ReflectionEnum('Code'))->getBackingType()?->getName());
foreach ([fn() => Code::LIMIT, fn() => Code::Ok, fn() => Code::tryFrom('ok'), fn() => Code::cases()] as $i => $f) {
    try {
        $r = $f();
        echo "$i: ", var_export($r, true), "\n";
    } catch (Error $e) {
        echo "$i: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function firstCase(): Code { return Code::Ok; }
var_dump(firstCase());
echo "not reached\n";
