<?php
// Functions that end in a switch on a call's result whose every case returns (with a `break`
// after the return, as older code writes it). libphp's optimizer drops the final `return null`
// it added as dead code but keeps the switch's FREE of the call's result after the last RETURN,
// so the code's last instruction could continue past its end: phpovm must still run it (found
// in PEAR's Validate.php).
class Pkg {
    function __construct(private string $state) {}
    function getState() { return $this->state; }
    function validate() {
        switch ($this->getState()) {
            case 'snapshot':
                return 'snap';
            break;
            case 'devel':
                return 'dev';
            break;
            default:
                return false;
            break;
        }
    }
}
function classify($p) {
    switch (strtolower($p->getState())) {
        case 'stable':
            return 1;
        default:
            return 0;
        break;
    }
}
function &by_ref_end($p) {
    static $yes = 'yes', $no = 'no';
    switch ($p->getState()) {
        case 'devel':
            return $yes;
        break;
        default:
            return $no;
        break;
    }
}
function gen_end($p) {
    yield 1;
    switch ($p->getState()) {
        case 'devel':
            return 'generator devel';
        break;
        default:
            return 'generator other';
        break;
    }
}
$end_closure = function ($p) {
    switch ($p->getState()) {
        case 'snapshot':
            return 'closure snap';
        break;
        default:
            return 'closure other';
        break;
    }
};
foreach (['snapshot', 'devel', 'STABLE', 'beta'] as $s) {
    $p = new Pkg($s);
    $r = &by_ref_end($p);
    $g = gen_end($p);
    foreach ($g as $v) {}
    var_dump($p->validate(), classify($p), $r, $g->getReturn(), $end_closure($p));
}
