<?php
// args: --name=World -v --count 3 extra1 "two words" --flag=
// A small command-line option parser over $argv.
function parseArgs(array $argv) {
    $opts = [];
    $positional = [];
    $n = count($argv);
    for ($i = 1; $i < $n; $i++) {
        $arg = $argv[$i];
        if (str_starts_with($arg, '--')) {
            $body = substr($arg, 2);
            if (str_contains($body, '=')) {
                [$k, $v] = explode('=', $body, 2);
                $opts[$k] = $v;
            } elseif ($i + 1 < $n && !str_starts_with($argv[$i + 1], '-')) {
                $opts[$body] = $argv[++$i];
            } else {
                $opts[$body] = true;
            }
        } elseif (str_starts_with($arg, '-') && strlen($arg) > 1) {
            foreach (str_split(substr($arg, 1)) as $flag) {
                $opts[$flag] = ($opts[$flag] ?? 0) + 1;
            }
        } else {
            $positional[] = $arg;
        }
    }
    return [$opts, $positional];
}
[$opts, $pos] = parseArgs($argv);
var_dump($argc, count($argv), basename($argv[0]) === basename(__FILE__) || str_ends_with($argv[0], '.phpo'));
var_dump($opts, $pos);
echo "Hello, ", $opts['name'] ?? 'nobody', "! count=", (int) ($opts['count'] ?? 1), "\n";
var_dump($_SERVER['argc'] === $argc, array_slice($_SERVER['argv'], 1) === array_slice($argv, 1));
