<?php
// Common string functions.
$s = "Hello, World";
var_dump(strlen($s), strlen(""), strlen("héllo"), strtoupper($s), strtolower($s));
var_dump(substr($s, 0, 5), substr($s, 7), substr($s, -5), substr($s, -5, 2), substr($s, 3, -3), substr($s, 20), substr($s, 5, 0), substr($s, -100, 3));
var_dump(strpos($s, "o"), strpos($s, "o", 5), strpos($s, "xyz"), strpos($s, "H"), strrpos($s, "o"), stripos($s, "WORLD"), strpos($s, "o", -3));
var_dump(str_replace("o", "0", $s), str_replace(["l", "o"], ["L", "O"], $s), str_replace("l", "", $s), str_ireplace("WORLD", "There", $s));
$cnt = 0;
$r = str_replace("l", "L", "hello world", $cnt);
var_dump($r, $cnt);
var_dump(str_replace(["a", "b"], "x", "aabbcc"), str_replace(["a", "aa"], ["aa", "b"], "aaa"));
var_dump(ucfirst("hello"), ucfirst(""), ucfirst("123abc"), lcfirst("ABC"), ucwords("hello big world"), ucwords("hello-big_world", "-"));
var_dump(trim("  pad  "), ltrim("  pad  "), rtrim("  pad  "), trim("xxhixx", "x"), trim("\t\n hi \0\x0B"), rtrim("1.5000", "0"), trim("abcba", "a..b"));
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("abc", 10), str_pad("abc", 10, "-=", STR_PAD_BOTH), str_pad("abc", 2), str_pad("x", 6, "ab"));
var_dump(str_repeat("ab", 3), str_repeat("x", 0), strrev("stressed"), str_split("abcdefg", 3), str_split("ab"));
var_dump(wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true));
var_dump(wordwrap("A very long woooooooooooord.", 8, "\n", true));
var_dump(wordwrap("A very long woooooooooooord.", 8));
var_dump(wordwrap("short", 10), wordwrap("abc def ghi", 3, "<br>"));
var_dump(nl2br("a\nb"), substr_count("hello hello hello", "ll"), ucwords("o'neil mc-donald"));
var_dump(str_contains("abc", "b"), str_contains("abc", ""), str_starts_with("abc", "ab"), str_ends_with("abc", "bc"), str_ends_with("abc", "x"));
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcmp("abc", "ab"), strcasecmp("HELLO", "hello"), strncmp("abcd", "abcf", 3), strncasecmp("ABx", "aby", 2));
var_dump(strstr("user@example.com", "@"), strstr("user@example.com", "@", true), strrchr("a/b/c", "/"), stristr("HayStack", "st"), strstr("abc", "z"));
var_dump(chr(65), chr(256 + 66), ord("a"), ord(""), ord("ab"), strtr("Hi all", "ai", "eo"), strtr("Hi all", ["Hi" => "Hello", "all" => "world"]));
var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("abc", "X", -1), sprintf("[%s]", implode(",", str_split("xyz"))));
