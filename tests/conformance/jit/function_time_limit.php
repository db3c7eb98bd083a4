<?php
// ini: phpovm.jit=1
// ini: phpovm.jit_hot_func=1
// max_execution_time stops a compiled recursive function: the compiled call fails when the VM has
// an interrupt to serve, and the interpreter, running the call, serves it.
set_time_limit(1);
register_shutdown_function(function () { echo "shutdown\n"; });
function spin($n) { return $n <= 0 ? 0 : spin($n - 1) + spin($n - 1); }
echo spin(3), "\n";
echo spin(60), "\n";
