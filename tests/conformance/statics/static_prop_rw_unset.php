<?php
// Read-write and unset fetches of static properties, isset/empty on them.
class Reg {
    public static $data = ['a' => 1, 'b' => [10, 20]];
    public static $nul = null;
    public static $zero = 0;
    public static int $typed;
}
Reg::$data['a'] += 5;
Reg::$data['b'][1] .= 'x';
Reg::$data['c'] ??= 'new';
Reg::$data['b'][0]++;
var_dump(Reg::$data);
unset(Reg::$data['a']);
unset(Reg::$data['b'][0]);
unset(Reg::$data['nope']['deeper']);
var_dump(Reg::$data);
var_dump(isset(Reg::$data), isset(Reg::$nul), isset(Reg::$missing), isset(Reg::$typed));
var_dump(empty(Reg::$zero), empty(Reg::$data), empty(Reg::$missing), empty(Reg::$typed));
$c = 'Reg';
var_dump(isset($c::$zero), empty($c::$nul));
try { unset(Reg::$zero); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unset($c::$data); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Reg::$typed['k'] .= 'v'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unset(Reg::$missing['k']); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(Reg::$zero);
