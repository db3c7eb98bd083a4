<?php
// What happens to objects still alive when the script ends normally:
// shutdown functions run first (and may register more), then globals are
// destroyed, then objects only reachable from static properties, arrays
// or cycles. Destructors may create objects and register shutdown
// functions; exit() inside a destructor during shutdown stops further
// destructor output but keeps the exit status.
class D {
    public ?D $peer = null;
    public function __construct(public string $n, public ?Closure $onDestruct = null) {}
    public function __destruct() {
        echo "destruct {$this->n}\n";
        if ($this->onDestruct) ($this->onDestruct)($this);
    }
}
class Registry {
    public static array $items = [];
    public static ?D $single = null;
    public static ?D $exiter = null;
}
function makeCycle(string $a, string $b): void {
    $x = new D($a);
    $y = new D($b);
    $x->peer = $y;
    $y->peer = $x;
}

register_shutdown_function(function () {
    echo "shutdown 1\n";
    register_shutdown_function(function () { echo "shutdown 3 (registered during shutdown)\n"; });
    $GLOBALS['late'] = new D('late global from shutdown');
});
register_shutdown_function(function () {
    echo "shutdown 2\n";
});

$g1 = new D('global 1');
$g2 = new D('global 2', function ($self) {
    echo "  global 2 destructor creates a temp\n";
    $t = new D('temp from destructor');
    unset($t);
    echo "  global 2 destructor done\n";
});
$arr = [new D('array elem 0'), new D('array elem 1')];
Registry::$items[] = new D('static array item');
Registry::$single = new D('static single');
Registry::$exiter = new D('static exiter', function () {
    echo "  exiting with 5 from destructor\n";
    exit(5);
});
makeCycle('cycle a', 'cycle b');
$g3 = new D('global 3');
$g4 = new D('global 4');
$alias = $g1;

function local() {
    static $kept = null;
    $kept = new D('function static');
}
local();
$late2 = new D('global after exiter');

echo "end of script\n";
