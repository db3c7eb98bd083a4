<?php
// A never-returning function that returns implicitly: TypeError (VERIFY_NEVER_TYPE).
function fail(string $why): never {
    if ($why === 'throw') {
        throw new RuntimeException("thrown: $why");
    }
    echo "about to fall off the end ($why)\n";
}
function stop(int $n): never {
    while ($n > 0) { echo "n=$n\n"; $n--; }
}
try { fail('throw'); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { fail('fall'); } catch (TypeError $e) { echo "TypeError: ", $e->getMessage(), "\n"; }
try { stop(2); } catch (TypeError $e) { echo "TypeError: ", $e->getMessage(), "\n"; }
$m = function (): never { echo "in closure\n"; };
try { $m(); } catch (TypeError $e) { echo "TypeError: ", $e->getMessage(), "\n"; }
echo "done\n";
