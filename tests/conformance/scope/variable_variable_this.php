<?php
// $$name with name "this": reading gives $this (a warning outside an object; ?? gives it too), writing
// or taking a reference is "Cannot re-assign $this"; isset() and unset() see no variable.
class X { function f($n) { var_dump(isset($$n), empty($$n)); var_dump($$n ?? 'dflt'); try { unset($$n); echo "unset ok\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; } var_dump(isset($this)); try { $$n = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; } try { $r = &$$n; } catch (Error $e) { echo $e->getMessage(), "\n"; } try { $$n .= "x"; } catch (Error $e) { echo $e->getMessage(), "\n"; } } }
(new X)->f("this");
function g($n) { var_dump($$n); var_dump($$n ?? 'dflt'); }
g("this");
class Y {
    function arrow() {
        $name = "this";
        $fn = fn() => $$name;
        var_dump($fn() === $this);
        $static = static fn() => $$name ?? "unbound";
        var_dump($static());
    }
}
(new Y)->arrow();
