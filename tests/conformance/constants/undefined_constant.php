<?php
// Using an undefined constant throws an Error (uncaught => exit 255).
const KNOWN = "known";
echo KNOWN, "\n";
var_dump(defined("UNKNOWN_THING"));
echo "next line uses an undefined constant\n";
echo UNKNOWN_THING, "\n";
echo "not reached\n";
