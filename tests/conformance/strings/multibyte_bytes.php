<?php
// Byte-oriented string functions on UTF-8 data (mbstring not assumed), str functions with offsets.
$s = "naïve café – 日本";
var_dump(strlen($s), strtoupper($s), ucfirst("élan"), ucwords("hello wORLD-foo bar_baz"), ucwords("a-b c", "-"));
var_dump(substr($s, 0, 3), substr($s, -6), substr($s, 100), substr("abc", 3), substr("abc", -5, 2), substr("abc", 1, -1), substr("abc", 0, -5));
var_dump(strrev("abc"), str_split("abcdefg", 3), str_split("", 1), chunk_split("abcdefg", 2, "|"), wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true));
var_dump(wordwrap("A very long woooooooooooord.", 8, "\n", true), wordwrap("A very long woooooooooooord.", 8), wordwrap("short", 10));
var_dump(bin2hex("日"), strlen(utf8_decode("ï")), urlencode("a b&c=d/é"), rawurlencode("a b+"), urldecode("a%20b+c"), base64_encode("héllo\0"), base64_decode("aMOpbGxv"));
var_dump(htmlspecialchars("<a href='x'>T&amp;C \"q\"</a>"), html_entity_decode("&lt;p&gt;&amp;&quot;&#39;&eacute;"), strip_tags("<b>bold</b> <i>it</i>al<br/>ic"), nl2br("a\nb\r\nc"), addslashes("O'Re\"il\\ly"), stripslashes("O\\'Re"));
var_dump(similar_text("World", "Word"), levenshtein("kitten", "sitting"), soundex("Robert"), metaphone("Thompson"), str_word_count("Hello fri3nd, you're looking good today!"));
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "Hello" => "x"]), strtr("abc", "ab", "xyz"), substr_count("hello hello hello", "ll"), substr_count("aaa", "aa"));
var_dump(ltrim("  xx  "), rtrim("xx\n\t "), trim("--x--", "-"), trim("abcxcba", "a..c"), rtrim("1.5000", "0"), trim("\x00\x0B x \r"));
var_dump(str_contains("abc", ""), str_starts_with("abc", "ab"), str_ends_with("abc", "bc"), str_ends_with("", ""), strpos("abcabc", "c", -2), strrpos("abcabc", "b"), stripos("ABC", "b"), strstr("user@example.com", "@"), strstr("user@example.com", "@", true), strrchr("a/b/c", "/"), stristr("HayStack", "st"));
var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("abc", "X", -1, 0), substr_replace("abcdef", "###", 1, -2), str_word_count("a b c", 1), ucfirst(""), lcfirst("ABC"), nl2br(""));
var_dump(strncmp("abcd", "abcf", 3), strncasecmp("ABx", "aby", 2), strcasecmp("HELLO", "hello"), strnatcmp("img12", "img10"), strnatcasecmp("IMG2", "img10"), strcmp("a", "b"), strcmp("b", "a"), strcmp("abc", "ab"));
var_dump(sprintf("%s", implode(",", str_split(strrev(number_format(1234567)), 4))));
var_dump(count_chars("abracadabra", 3), array_sum(count_chars("hello", 1)), str_repeat("=-", 5), quotemeta("1+1=2?"), addcslashes("foo[bar]", 'A..Z'), nl2br("x"));
