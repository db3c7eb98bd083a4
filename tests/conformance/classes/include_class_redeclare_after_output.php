<?php
// A file including a class declaration, included a second time: the statements before the
// declaration run, then "Cannot declare class ..." is fatal at the declaration's line (php-cli
// compiles the file again and cannot bind the class early; phpovm's image fails at the same place).
register_shutdown_function(function () { echo "shutdown after ", RedeclaredAfterOutput::loads(), " loads\n"; });
include __DIR__ . '/include_class_redeclare_after_output.inc';
echo RedeclaredAfterOutput::loads(), "\n";
if (false) {
    include __DIR__ . '/include_class_redeclare_after_output.inc';
}
include __DIR__ . '/include_class_redeclare_after_output.inc';
echo "not reached\n";
