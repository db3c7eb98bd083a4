<?php
// preg_match / preg_match_all / preg_replace / preg_quote / preg_grep / preg_last_error.
$log = "2024-01-05 ERROR disk full; 2024-01-06 WARN cpu hot; 2024-02-10 ERROR net down";
var_dump(preg_match('/(\d{4})-(\d{2})-(\d{2})/', $log, $m), $m);
var_dump(preg_match_all('/(?<date>\d{4}-\d{2}-\d{2}) (?<level>[A-Z]+) (?<msg>[^;]+)/', $log, $all, PREG_SET_ORDER));
foreach ($all as $e) {
    echo $e['date'], " [", $e['level'], "] ", $e['msg'], "\n";
}
preg_match_all('/\d+/', "a1b22c333", $nums);
var_dump($nums);
preg_match_all('/(a)(b)?/', "ab a", $pat, PREG_PATTERN_ORDER);
var_dump($pat);
var_dump(preg_match('/(x)(y)?(z)/', "xz", $mm), $mm);
var_dump(preg_match('/(x)(y)?(z)/', "xz", $mm2, PREG_UNMATCHED_AS_NULL), $mm2);
var_dump(preg_match('/b/', "abc", $mo, PREG_OFFSET_CAPTURE), $mo);
var_dump(preg_replace('/\s+/', ' ', "a   b \t\n c"), preg_replace('/(\w+) (\w+)/', '$2 ${1}!', "hello world"), preg_replace(['/a/', '/b/'], ['b', 'c'], "ab"), preg_replace('/x/', 'y', ["ax", "bx"]), preg_replace('/o/', '0', "foo boo", 1, $cnt), $cnt);
var_dump(preg_quote("Hello.World?(1+1)*[x]/"), preg_quote("a#b", "#"), preg_grep('/^\d+$/', ["1", "a", "22", "3b"]), preg_grep('/^\d+$/', ["1", "a", "22"], PREG_GREP_INVERT));
var_dump(preg_match('/^\p{Lu}/u', "Écrit"), preg_match('/colou?r/i', "COLOR"), preg_replace('/(?<=\d)(?=(\d{3})+$)/', ',', "1234567"), preg_split('/(?=[A-Z])/', "camelCaseString", -1, PREG_SPLIT_NO_EMPTY));
var_dump(function_exists("preg_replace_callback_array"), preg_last_error(), preg_last_error_msg());
var_dump(@preg_match("/(unclosed/", "x"), preg_last_error(), preg_last_error_msg());
var_dump(preg_replace('/e/', 'E', 'eee', -1, $c2), $c2, preg_match('/\bcat\b/', "concat cat"), preg_match('/^$/', ""));
var_dump(preg_replace('~/+~', '/', "a//b///c"), preg_match('{^\d+$}', "123"), preg_replace('/(.)\1/', '<$1$1>', "aabbcd"));
