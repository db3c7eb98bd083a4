<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_loop=1
// max_execution_time stops a compiled loop: the loop serves the VM's interrupt at its back edge.
set_time_limit(1);
register_shutdown_function(function () { echo "shutdown\n"; });
$i = 0;
$x = 0.5;
while (true) {
    $i++;
    $x = $x * 1.0000001;
}
