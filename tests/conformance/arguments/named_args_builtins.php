<?php
// Named arguments to builtin functions.
var_dump(str_pad(string: "x", length: 5, pad_type: STR_PAD_LEFT, pad_string: "-"));
var_dump(str_pad("x", 5, pad_type: STR_PAD_BOTH));
var_dump(array_fill(start_index: 5, count: 2, value: 'v'));
var_dump(json_encode(value: ['a' => 1, 'b' => [1, 2]], flags: JSON_PRETTY_PRINT));
var_dump(htmlspecialchars("<a href='x'>", double_encode: false));
var_dump(implode(separator: "-", array: [1, 2, 3]));
var_dump(explode(",", "a,b,c,d", limit: 2));
var_dump(array_slice([1, 2, 3, 4, 5], 1, preserve_keys: true));
var_dump(number_format(1234567.891, decimals: 2, thousands_separator: " "));
var_dump(in_array("1", [1, 2], strict: true));
var_dump(array_search(needle: 2, haystack: [5 => 2]));
var_dump(round(3.14159, precision: 3));
var_dump(str_replace(search: "a", replace: "b", subject: "banana"));
var_dump(trim(characters: "x", string: "xxhixx"));
var_dump(range(start: 'a', end: 'e', step: 2));
var_dump(count(value: [1, [2, 3]], mode: COUNT_RECURSIVE));
var_dump(json_decode('{"a":{"b":1}}', associative: true));
var_dump(array_keys(['a' => 1, 'b' => 2, 'c' => 1], filter_value: 1));
var_dump(substr(string: "abcdef", offset: -3));
var_dump(max(value: [3, 7, 2]));
var_dump(sprintf("%05.1f|%s", 3.14159, "s"));
var_dump(array_map(array: [1, 2], callback: fn($x) => $x * 10));
// usort with a named callback argument and by-reference array.
$list = [3, 1, 2];
usort(callback: fn($a, $b) => $a <=> $b, array: $list);
var_dump($list);
// preg_match with named flags argument.
preg_match('/(b)(c)?/', 'abd', $m, flags: PREG_UNMATCHED_AS_NULL);
var_dump($m);
