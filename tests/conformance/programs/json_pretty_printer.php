<?php
// A hand-written JSON tokenizer, parser and pretty printer, checked against json_encode/json_decode.
function tokenize($src)
{
    $tokens = [];
    $i = 0;
    $len = strlen($src);
    while ($i < $len) {
        $c = $src[$i];
        if (strpos(" \t\r\n", $c) !== false) {
            $i++;
            continue;
        }
        if (strpos('{}[]:,', $c) !== false) {
            $tokens[] = ['punct', $c, $i];
            $i++;
            continue;
        }
        if ($c === '"') {
            $j = $i + 1;
            $str = '';
            while ($j < $len && $src[$j] !== '"') {
                if ($src[$j] === '\\') {
                    $j++;
                    $esc = $src[$j] ?? '';
                    switch ($esc) {
                        case 'n': $str .= "\n"; break;
                        case 't': $str .= "\t"; break;
                        case 'r': $str .= "\r"; break;
                        case 'b': $str .= "\x08"; break;
                        case 'f': $str .= "\f"; break;
                        case '/': case '\\': case '"': $str .= $esc; break;
                        case 'u':
                            $hex = substr($src, $j + 1, 4);
                            $code = hexdec($hex);
                            $str .= utf8Char($code);
                            $j += 4;
                            break;
                        default:
                            return "bad escape \\$esc at $j";
                    }
                    $j++;
                    continue;
                }
                $str .= $src[$j];
                $j++;
            }
            if ($j >= $len) {
                return "unterminated string at $i";
            }
            $tokens[] = ['string', $str, $i];
            $i = $j + 1;
            continue;
        }
        if (preg_match('/\G-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/', $src, $m, 0, $i)) {
            $num = $m[0];
            $value = (isset($m[2]) && $m[2] !== '') || (isset($m[3]) && $m[3] !== '') ? (float) $num : (int) $num;
            $tokens[] = ['number', $value, $i];
            $i += strlen($num);
            continue;
        }
        foreach (['true' => true, 'false' => false, 'null' => null] as $word => $val) {
            if (substr($src, $i, strlen($word)) === $word) {
                $tokens[] = ['literal', $val, $i];
                $i += strlen($word);
                continue 2;
            }
        }
        return "unexpected '$c' at $i";
    }
    return $tokens;
}

function utf8Char($code)
{
    if ($code < 0x80) return chr($code);
    if ($code < 0x800) return chr(0xC0 | ($code >> 6)) . chr(0x80 | ($code & 0x3F));
    return chr(0xE0 | ($code >> 12)) . chr(0x80 | (($code >> 6) & 0x3F)) . chr(0x80 | ($code & 0x3F));
}

function parseValue($tokens, $pos)
{
    $tok = $tokens[$pos] ?? null;
    if ($tok === null) {
        return ['error', 'unexpected end'];
    }
    [$type, $val] = $tok;
    if ($type === 'string' || $type === 'number' || $type === 'literal') {
        return ['ok', $val, $pos + 1];
    }
    if ($val === '[') {
        $arr = [];
        $pos++;
        if (($tokens[$pos][1] ?? null) === ']') {
            return ['ok', $arr, $pos + 1];
        }
        while (true) {
            $r = parseValue($tokens, $pos);
            if ($r[0] !== 'ok') return $r;
            $arr[] = $r[1];
            $pos = $r[2];
            $sep = $tokens[$pos][1] ?? null;
            if ($sep === ',') { $pos++; continue; }
            if ($sep === ']') return ['ok', $arr, $pos + 1];
            return ['error', "expected , or ] at token $pos"];
        }
    }
    if ($val === '{') {
        $obj = ['__object__' => true];
        $pos++;
        if (($tokens[$pos][1] ?? null) === '}') {
            return ['ok', $obj, $pos + 1];
        }
        while (true) {
            $keyTok = $tokens[$pos] ?? null;
            if ($keyTok === null || $keyTok[0] !== 'string') return ['error', "expected key at token $pos"];
            if (($tokens[$pos + 1][1] ?? null) !== ':') return ['error', "expected : at token " . ($pos + 1)];
            $r = parseValue($tokens, $pos + 2);
            if ($r[0] !== 'ok') return $r;
            $obj['k:' . $keyTok[1]] = $r[1];
            $pos = $r[2];
            $sep = $tokens[$pos][1] ?? null;
            if ($sep === ',') { $pos++; continue; }
            if ($sep === '}') return ['ok', $obj, $pos + 1];
            return ['error', "expected , or } at token $pos"];
        }
    }
    return ['error', "unexpected token '$val'"];
}

function encodeString($s)
{
    $out = '"';
    $len = strlen($s);
    for ($i = 0; $i < $len; $i++) {
        $c = $s[$i];
        $o = ord($c);
        if ($c === '"') $out .= '\\"';
        elseif ($c === '\\') $out .= '\\\\';
        elseif ($c === "\n") $out .= '\\n';
        elseif ($c === "\t") $out .= '\\t';
        elseif ($c === "\r") $out .= '\\r';
        elseif ($o < 0x20) $out .= sprintf('\\u%04x', $o);
        else $out .= $c;
    }
    return $out . '"';
}

function pretty($v, $indent = 0, $step = 4)
{
    $pad = str_repeat(' ', $indent);
    $inner = str_repeat(' ', $indent + $step);
    if (is_array($v) && isset($v['__object__'])) {
        unset($v['__object__']);
        if (!$v) return '{}';
        $lines = [];
        foreach ($v as $k => $val) {
            $lines[] = $inner . encodeString(substr($k, 2)) . ': ' . pretty($val, $indent + $step, $step);
        }
        return "{\n" . implode(",\n", $lines) . "\n$pad}";
    }
    if (is_array($v)) {
        if (!$v) return '[]';
        $lines = [];
        foreach ($v as $val) {
            $lines[] = $inner . pretty($val, $indent + $step, $step);
        }
        return "[\n" . implode(",\n", $lines) . "\n$pad]";
    }
    if (is_string($v)) return encodeString($v);
    if (is_bool($v)) return $v ? 'true' : 'false';
    if ($v === null) return 'null';
    if (is_float($v)) {
        $s = json_encode($v);
        return str_contains($s, '.') || str_contains($s, 'e') ? $s : $s . '.0';
    }
    return (string) $v;
}

function toPlain($v)
{
    if (!is_array($v)) return $v;
    $isObj = isset($v['__object__']);
    unset($v['__object__']);
    $out = [];
    foreach ($v as $k => $val) {
        $out[$isObj ? substr($k, 2) : $k] = toPlain($val);
    }
    return $out;
}

$docs = [
    '{"name":"phpovm","version":1.0,"tags":["vm","php"],"meta":{"stars":42,"ok":true,"none":null}}',
    '[1, -2, 3.5, 1e3, -0.25E-2, "a\"b", "tab\there", "\u00e9\u4e2d", [], {}, [[[]]]]',
    '{"nested":{"deeper":{"deepest":[1,{"x":"y"}]}},"empty":"","zero":0}',
    '  "just a string"  ',
    '{"a":1,}',
    '[1 2]',
    '{"unterminated": "abc',
    '{"k": tru}',
    '{"dup":1,"dup":2}',
];
foreach ($docs as $i => $doc) {
    echo "--- document $i\n";
    $tokens = tokenize($doc);
    if (is_string($tokens)) {
        echo "tokenize error: $tokens\n";
        continue;
    }
    echo count($tokens), " tokens\n";
    $r = parseValue($tokens, 0);
    if ($r[0] !== 'ok') {
        echo "parse error: {$r[1]}\n";
        var_dump(json_decode($doc, true), json_last_error_msg());
        continue;
    }
    if ($r[2] !== count($tokens)) {
        echo "trailing tokens after position {$r[2]}\n";
        continue;
    }
    echo pretty($r[1]), "\n";
    $mine = toPlain($r[1]);
    $theirs = json_decode($doc, true);
    echo "matches json_decode: ", var_export($mine === $theirs, true), "\n";
    echo "compact: ", json_encode($mine, JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION), "\n";
}
