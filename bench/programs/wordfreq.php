<?php
// Hash arrays: word frequencies over a generated text (several rounds of generated text).
function generateText($nwords, $seed)
{
    $syll = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'shi', 'po', 'an', 'el', 'or', 'zu', 'qi', 'ven', 'dra', 'to'];
    $words = [];
    for ($i = 0; $i < $nwords; $i++) {
        $seed = ($seed * 1103515245 + 12345) & 0x7fffffff;
        $len = 1 + ($seed >> 8) % 3;
        $w = '';
        $s = $seed;
        for ($k = 0; $k < $len; $k++) {
            $w .= $syll[$s & 15];
            $s >>= 4;
        }
        if (($seed >> 20) % 7 == 0) {
            $w = ucfirst($w);
        }
        $words[] = $w;
    }
    return implode(' ', $words);
}

$freq = [];
$length = 0;
for ($round = 0; $round < 4; $round++) {
    $text = generateText(600000, 42 + $round);
    $length += strlen($text);
    foreach (explode(' ', $text) as $word) {
        $word = strtolower($word);
        if (isset($freq[$word])) {
            $freq[$word]++;
        } else {
            $freq[$word] = 1;
        }
    }
}
arsort($freq);
$top = array_slice($freq, 0, 5, true);
$line = [];
foreach ($top as $w => $c) {
    $line[] = "$w:$c";
}
$h = 0;
foreach ($freq as $w => $c) {
    $h = ($h * 131 + crc32($w) + $c) % 1000000007;
}
echo "distinct = ", count($freq), ", length = $length\n";
echo "top = ", implode(' ', $line), "\n";
echo "checksum = $h\n";
