<?php
// Searching, comparing, case conversion and character functions.
$text = "The rain in Spain stays mainly in the plain";
$needles = ["ain", "The", "the", "xyz", "in ", "plain"];
foreach ($needles as $n) {
    echo str_pad($n, 6), " pos=", var_export(strpos($text, $n), true),
        " ipos=", var_export(stripos($text, $n), true),
        " rpos=", var_export(strrpos($text, $n), true),
        " count=", substr_count($text, $n), "\n";
}
$offset = 0;
$found = [];
while (($p = strpos($text, "ain", $offset)) !== false) {
    $found[] = $p;
    $offset = $p + 1;
}
var_dump($found);
var_dump(ucwords(strtolower("hELLO wORLD")), strtoupper("abc123xyz!"), lcfirst("Hello"));
var_dump(dechex(255), hexdec("ff"), decbin(10), bindec("1010"), decoct(8), octdec("777"), base_convert("ff", 16, 2), base_convert("zz", 36, 10));
var_dump(str_pad(decbin(5), 8, "0", STR_PAD_LEFT), strrev(strval(12345)), str_repeat("=", 5) . ">");
$letters = [];
for ($c = ord("a"); $c <= ord("e"); $c++) {
    $letters[] = chr($c) . strtoupper(chr($c));
}
var_dump(implode(" ", $letters));
var_dump(strcmp("apple", "Apple") > 0, strcasecmp("apple", "APPLE") === 0, strnatcmp("img12", "img10"), strnatcasecmp("A1", "a2"), strcmp("10", "9"));
var_dump(substr_compare("Hello", "ello", 1), ucfirst(trim("  spaced  ")), str_word_count("Don't stop"));
var_dump(strtolower("ÄB"), strlen("ÄB"), bin2hex("ÄB"));
