<?php
// UnhandledMatchError for a temporary subject (an object, a string built at run time): the
// subject is released once, by the unwinding.
class Subject { function __destruct() { echo "subject destroyed\n"; } }
try { match (new Subject) {}; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match (str_repeat("ab", 3)) { "x" => 1 }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match ([1, 2]) { 1, 2, 3, 4, 5 => "n" }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
$a = new stdClass;
$b = new stdClass;
$c = [new stdClass, str_repeat("z", 100)];
echo count($c), " ok\n";
