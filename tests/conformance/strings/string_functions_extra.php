<?php
// Less common string builtins.
var_dump(str_word_count("The quick brown fox"), strpbrk("This is a test", "st"), ucfirst(strtolower("hELLO")));
var_dump(addslashes("O'Re\"il\\ly"), htmlspecialchars("<a href='x'>T&C</a>"), strip_tags("<b>bold</b> text"), quotemeta("1+1=2?"));
var_dump(ltrim("0012300", "0"), nl2br("x\r\ny"), similar_text("World", "Word"), levenshtein("kitten", "sitting"), soundex("Robert"), metaphone("Thompson"));
var_dump(bin2hex("abc"), hex2bin("616263"), md5("hello"), crc32("hello"), sha1("abc"), base64_encode("Hello, World!"), base64_decode("SGk="));
var_dump(str_word_count("a b c", 1), ucwords(strrev("olleh dlrow")), nl2br("one\ntwo"), lcfirst(strtoupper("xYZ")));
var_dump(number_format(0.125, 2), strrev(""), str_word_count(""));
