<?php
// A destructor that throws while a temporary is released (a discarded `new`, the array a list()
// assignment read, an instanceof/get_class/::class operand, an element read of a temporary array,
// a property read of a temporary object, a switch subject): the exception is raised there, in
// the try block around it, and the code after it does not run.
class Boom {
    public $p = 'prop';
    function __destruct() { throw new Exception("boom"); }
}
function boom() { return new Boom; }
$cases = [
    'new'        => function () { new Boom; echo "not reached\n"; },
    'list'       => function () { [$a, $a] = [new Boom, 1]; echo "not reached\n"; },
    'instanceof' => function () { var_dump(boom() instanceof Boom); echo "not reached\n"; },
    'get_class'  => function () { echo get_class(boom()), "\n"; echo "not reached\n"; },
    '::class'    => function () { echo boom()::class, "\n"; echo "not reached\n"; },
    'dim'        => function () { echo [new Boom, 'second'][1], "\n"; echo "not reached\n"; },
    'prop'       => function () { echo boom()->p, "\n"; echo "not reached\n"; },
    'switch'     => function () { switch (boom()) { default: echo "in switch\n"; } echo "not reached\n"; },
    'match'      => function () { echo match (true) { boom() instanceof Boom => "matched\n" }; echo "not reached\n"; },
    'call arg'   => function () { var_dump(is_object(boom())); echo "not reached\n"; },
];
foreach ($cases as $what => $f) {
    try {
        $f();
    } catch (Exception $e) {
        echo "$what: caught ", $e->getMessage(), " at line ", $e->getLine(), "\n";
    }
}
echo "end\n";
