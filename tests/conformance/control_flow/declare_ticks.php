<?php
// declare(ticks=1) with a tick function registered by name.
declare(ticks=1);
$ticks = 0;
function onTick() {
    global $ticks;
    $ticks++;
}
register_tick_function('onTick');
$a = 1;
$b = $a + 1;
for ($i = 0; $i < 3; $i++) {
    $b += $i;
}
unregister_tick_function('onTick');
$c = 3;
echo "ticks counted: $ticks, b=$b\n";
