<?php
// json_encode flags and json_decode to arrays, depth, errors, big ints, unicode, floats.
$data = [
    "name" => "Zoë \"Z\" O'Neil",
    "age" => 37,
    "ratio" => 0.1 + 0.2,
    "whole" => 10.0,
    "tags" => ["a/b", "<tag>", "&amp;"],
    "empty_list" => [],
    "nested" => ["k" => null, "t" => true, "f" => false],
    "sparse" => [1 => "one", 2 => "two"],
    "unicode" => "日本 €",
    "ctrl" => "tab\tnl\n\x01",
];
echo json_encode($data), "\n";
echo json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
echo json_encode($data["tags"], JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT), "\n";
echo json_encode([], JSON_FORCE_OBJECT), " ", json_encode([1, 2], JSON_FORCE_OBJECT), " ", json_encode(10.0, JSON_PRESERVE_ZERO_FRACTION), " ", json_encode("123", JSON_NUMERIC_CHECK), "\n";
echo json_encode([3 => "x", 4 => "y"]), " ", json_encode([0 => "a", 1 => "b"]), " ", json_encode(["0" => "a"]), "\n";
echo json_encode(1 / 3), " ", json_encode(1e25), " ", json_encode(-0.0), " ", json_encode(PHP_INT_MAX), "\n";
var_dump(json_encode(NAN), json_last_error(), json_last_error_msg());
var_dump(json_encode("\xB1\x31"), json_last_error_msg(), json_encode("\xB1\x31", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("\xB1\x31", JSON_PARTIAL_OUTPUT_ON_ERROR));
$json = '{"a":1,"b":[1,2,{"c":null}],"d":1.50,"e":"\u00e9\n","big":12345678901234567890,"neg":-0,"exp":1e2}';
var_dump(json_decode($json, true));
var_dump(json_decode($json, true, 512, JSON_BIGINT_AS_STRING)["big"]);
var_dump(json_decode('[1,[2,[3]]]', true, 2), json_last_error_msg());
var_dump(json_decode('{"a":1,}', true), json_last_error(), json_last_error_msg());
var_dump(json_decode('"just a string"'), json_decode('42'), json_decode('true'), json_decode('null'), json_decode(''), json_last_error_msg());
var_dump(json_decode('{"":1,"0":2,"1":3}', true));
var_dump(json_decode("[1, 2\n, 3]", true), json_decode(" {\"x\" : \"y\" } ", true));
$round = json_decode(json_encode($data), true);
var_dump($round == $data, $round === $data, $round["whole"]);
echo json_encode(["float" => 3.0, "list" => [1.5, 2.25]], JSON_PRETTY_PRINT), "\n";
echo json_encode("a\u{2028}b"), " ", json_encode("a\u{2028}b", JSON_UNESCAPED_UNICODE), " ", json_encode("a\u{2028}b", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS), "\n";
var_dump(json_validate_like('{"ok":true}'), json_validate_like('{bad}'));
function json_validate_like($s) { json_decode($s); return json_last_error() === JSON_ERROR_NONE; }
