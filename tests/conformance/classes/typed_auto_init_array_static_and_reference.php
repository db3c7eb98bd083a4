<?php
// An array is auto-initialised in a typed static property, or through a reference a typed
// property holds, only if the type allows an array: otherwise a TypeError and the value stays.
class P {
    public static ?int $sn = null;
    public static ?array $sa = null;
    public static $untyped = null;
    public ?int $ni = null;
    public ?array $na = null;
}
try { P::$sn[] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { P::$sn['k']['l'] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(P::$sn);
P::$sa[] = 1;
P::$untyped['x'] = 2;
var_dump(P::$sa, P::$untyped);
$o = new P;
$r = &$o->ni;
try { $r[] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $r['a']['b'] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($o->ni);
$s = &$o->na;
$s[] = 'ok';
var_dump($o->na);
$t = &P::$sn;
try { $t[] = 5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(P::$sn);
