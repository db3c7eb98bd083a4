<?php
// Number converters: integer to English words, to/from Roman numerals, ordinals, and a cheque writer.
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = [2 => 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion'];

function belowThousand($n)
{
    $parts = [];
    if ($n >= 100) {
        $parts[] = ONES[intdiv($n, 100)] . ' hundred';
        $n %= 100;
        if ($n) {
            $parts[] = 'and';
        }
    }
    if ($n >= 20) {
        $t = TENS[intdiv($n, 10)];
        $parts[] = $n % 10 ? $t . '-' . ONES[$n % 10] : $t;
    } elseif ($n > 0) {
        $parts[] = ONES[$n];
    }
    return implode(' ', $parts);
}

function toWords($n)
{
    if (!is_int($n)) {
        return 'not an integer';
    }
    if ($n === 0) {
        return ONES[0];
    }
    if ($n < 0) {
        if ($n === PHP_INT_MIN) {
            return 'minus ' . toWords(-($n + 1)) . ' (plus one)';
        }
        return 'minus ' . toWords(-$n);
    }
    $chunks = [];
    $scale = 0;
    while ($n > 0) {
        $chunk = $n % 1000;
        if ($chunk) {
            $words = belowThousand($chunk);
            if (SCALES[$scale] !== '') {
                $words .= ' ' . SCALES[$scale];
            }
            array_unshift($chunks, $words);
        }
        $n = intdiv($n, 1000);
        $scale++;
    }
    $last = count($chunks) - 1;
    if ($last > 0 && !str_contains($chunks[$last], 'hundred') && !preg_match('/thousand|million|billion/', $chunks[$last])) {
        $chunks[$last] = 'and ' . $chunks[$last];
    }
    return implode(', ', $chunks);
}

function ordinal($n)
{
    $words = toWords($n);
    $irregular = ['one' => 'first', 'two' => 'second', 'three' => 'third', 'five' => 'fifth', 'eight' => 'eighth', 'nine' => 'ninth', 'twelve' => 'twelfth'];
    if (preg_match('/(\w+)$/', $words, $m)) {
        $lastWord = $m[1];
        if (isset($irregular[$lastWord])) {
            $repl = $irregular[$lastWord];
        } elseif (str_ends_with($lastWord, 'y')) {
            $repl = substr($lastWord, 0, -1) . 'ieth';
        } else {
            $repl = $lastWord . 'th';
        }
        $words = substr($words, 0, -strlen($lastWord)) . $repl;
    }
    return $words;
}

function ordinalSuffix($n)
{
    $n = abs($n);
    if (in_array($n % 100, [11, 12, 13])) {
        return $n . 'th';
    }
    return $n . match ($n % 10) { 1 => 'st', 2 => 'nd', 3 => 'rd', default => 'th' };
}

function toRoman($n)
{
    if ($n <= 0 || $n >= 4000) {
        return null;
    }
    $map = ['M' => 1000, 'CM' => 900, 'D' => 500, 'CD' => 400, 'C' => 100, 'XC' => 90, 'L' => 50, 'XL' => 40, 'X' => 10, 'IX' => 9, 'V' => 5, 'IV' => 4, 'I' => 1];
    $out = '';
    foreach ($map as $sym => $val) {
        $count = intdiv($n, $val);
        $out .= str_repeat($sym, $count);
        $n -= $count * $val;
    }
    return $out;
}

function fromRoman($s)
{
    $s = strtoupper(trim($s));
    if ($s === '' || !preg_match('/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/', $s)) {
        return false;
    }
    $vals = ['I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000];
    $total = 0;
    $len = strlen($s);
    for ($i = 0; $i < $len; $i++) {
        $v = $vals[$s[$i]];
        $next = $i + 1 < $len ? $vals[$s[$i + 1]] : 0;
        $total += $v < $next ? -$v : $v;
    }
    return $total;
}

function cheque($amount)
{
    $cents = (int) round($amount * 100);
    $dollars = intdiv($cents, 100);
    $c = $cents % 100;
    $text = ucfirst(toWords($dollars)) . ' dollar' . ($dollars === 1 ? '' : 's');
    $text .= sprintf(' and %02d/100', $c);
    return str_pad('** ' . $text . ' **', 72, '*', STR_PAD_BOTH);
}

$numbers = [0, 7, 13, 20, 21, 99, 100, 101, 110, 999, 1000, 1001, 1010, 1100, 12345, 100000, 1000001, 987654321, -42, PHP_INT_MAX, PHP_INT_MIN, 2.5, "12"];
foreach ($numbers as $n) {
    printf("%-22s %s\n", var_export($n, true), toWords($n));
}
echo "\n";
foreach ([1, 2, 3, 4, 5, 8, 9, 11, 12, 13, 20, 21, 22, 23, 40, 101, 111, 112, 1000] as $n) {
    printf("%-6s %s\n", ordinalSuffix($n), ordinal($n));
}
echo "\n";
$years = [1, 4, 9, 14, 40, 90, 400, 1987, 1999, 2024, 3999, 0, 4000, -5];
foreach ($years as $y) {
    $r = toRoman($y);
    $back = $r === null ? '-' : fromRoman($r);
    printf("%5d => %-16s => %s\n", $y, $r ?? '(out of range)', $back);
}
foreach (['mcmxciv', 'IIII', 'IC', 'XLII', '', 'MMXXIV ', 'VX', 'CDXLIV'] as $s) {
    printf("%-8s -> %s\n", var_export($s, true), var_export(fromRoman($s), true));
}
$all = true;
for ($i = 1; $i < 4000; $i++) {
    if (fromRoman(toRoman($i)) !== $i) {
        $all = false;
        echo "mismatch at $i\n";
    }
}
echo $all ? "round-trip 1..3999 ok\n" : "round-trip failed\n";
$lengths = [];
for ($i = 1; $i < 4000; $i++) {
    $lengths[strlen(toRoman($i))][] = $i;
}
ksort($lengths);
foreach ($lengths as $len => $list) {
    printf("len %2d: %4d numbers, first %s\n", $len, count($list), toRoman($list[0]));
}
echo "\n";
foreach ([0.99, 1, 1.01, 42.5, 1234.56, 1000000, 0.1 + 0.2] as $amt) {
    echo cheque($amt), "\n";
}
