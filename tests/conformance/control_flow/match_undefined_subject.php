<?php
// match on an undefined variable warns once (from the jump table or the first comparison), then
// takes the default arm or throws UnhandledMatchError of NULL; switch warns once per case.
try { echo match ($u) { 1, 2, 3, 4, 5 => "a\n" }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match ($u2) { 1 => "a\n" }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
try { echo match ($u3) { "x", "y", "z", "w", "v" => "a\n" }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
echo match ($u5) { 1, 2, 3, 4, 5 => "a\n", default => "default\n" };
echo match ($u6) { "p", "q", "r", "s", "t" => "a\n", default => "default\n" };
echo match ($u7) { 1 => "a\n", default => "default\n" };
switch ($u4) { case 1: case 2: case 3: case 4: case 5: echo "n\n"; break; default: echo "d\n"; }
switch ($u8) { case "a": case "b": case "c": case "d": case "e": echo "s\n"; break; default: echo "d\n"; }
function inner() { return match ($local) { 1, 2, 3, 4, 5, 6 => 'hit', default => 'miss' }; }
echo inner(), "\n";
set_error_handler(function ($no, $msg) { throw new ErrorException($msg); });
try {
    echo match ($u9) { 1, 2, 3, 4, 5 => "a\n", default => "default\n" };
} catch (ErrorException $e) {
    echo "handler threw: ", $e->getMessage(), "\n";
}
