<?php
// Output without a trailing newline is flushed on exit; die() with empty parens.
echo "partial line";
print " more";
die();
