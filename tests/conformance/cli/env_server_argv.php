<?php
// args: alpha two-words 3 --flag=x -- -v
// $_SERVER['argc'] / $_SERVER['argv'] with arguments; argv[0] is only printed by basename (echo, no length).
var_dump($_SERVER['argc']);
echo basename($_SERVER['argv'][0]), "\n";
var_dump(array_slice($_SERVER['argv'], 1));
var_dump($argc === $_SERVER['argc'], array_slice($argv, 1) === array_slice($_SERVER['argv'], 1));
foreach ($_SERVER['argv'] as $i => $a) {
    if ($i === 0) continue;
    printf("%d:%s:%d\n", $i, $a, strlen($a));
}
var_dump(is_string($_SERVER['argv'][3]), $_SERVER['argv'][3] + 1);
// modifying $_SERVER copy does not affect $argv
$_SERVER['argv'][] = 'extra';
var_dump(count($_SERVER['argv']), count($argv));
$copy = $argv;
array_shift($copy);
echo implode('|', $copy), "\n";
