<?php
// A text statistics report: words, sentences, frequencies, histograms and tables.

const TEXT = <<<TXT
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair. We had everything before us,
we had nothing before us! Were we all going direct to Heaven? We were all going
direct the other way -- in short, the period was so far like the present period.
TXT;

const STOP_WORDS = ["the", "of", "it", "was", "we", "to", "in", "so", "us", "all", "had"];
const BAR_WIDTH = 40;

function normalise_word($w) {
    $w = strtolower($w);
    $w = trim($w, ".,!?;:-'\"()");
    return $w;
}

function tokenize($text) {
    $words = [];
    $raw = explode(" ", str_replace(["\n", "\t"], " ", $text));
    foreach ($raw as $r) {
        $w = normalise_word($r);
        if ($w !== "" && $w !== "--") {
            $words[] = $w;
        }
    }
    return $words;
}

function count_sentences($text) {
    $count = 0;
    for ($i = 0; $i < strlen($text); $i++) {
        $c = $text[$i];
        if ($c === "." || $c === "!" || $c === "?") {
            $count++;
        }
    }
    return $count;
}

function frequencies($words, $skip) {
    $freq = [];
    foreach ($words as $w) {
        if (in_array($w, $skip, true)) {
            continue;
        }
        if (!isset($freq[$w])) {
            $freq[$w] = 0;
        }
        $freq[$w]++;
    }
    return $freq;
}

function top_n($freq, $n) {
    // Sort by count descending, then alphabetically, using a composite key.
    $keyed = [];
    foreach ($freq as $word => $count) {
        $keyed[sprintf("%05d-%s", 99999 - $count, $word)] = [$word, $count];
    }
    ksort($keyed, SORT_STRING);
    return array_slice(array_values($keyed), 0, $n);
}

function bar($value, $max, $width) {
    if ($max == 0) {
        return "";
    }
    $len = (int)round($value / $max * $width);
    return str_repeat("#", $len) . str_repeat(".", $width - $len);
}

function letter_histogram($text) {
    $hist = [];
    foreach (range("a", "z") as $l) {
        $hist[$l] = 0;
    }
    $lower = strtolower($text);
    for ($i = 0, $n = strlen($lower); $i < $n; $i++) {
        $c = $lower[$i];
        if (isset($hist[$c])) {
            $hist[$c]++;
        }
    }
    return $hist;
}

function length_buckets($words) {
    $buckets = [];
    foreach ($words as $w) {
        $len = strlen($w);
        $key = $len >= 8 ? "8+" : (string)$len;
        $buckets[$key] = ($buckets[$key] ?? 0) + 1;
    }
    ksort($buckets, SORT_STRING);
    return $buckets;
}

function longest_words($words, $n) {
    $unique = array_values(array_unique($words));
    $byLen = [];
    foreach ($unique as $w) {
        $byLen[sprintf("%03d-%s", 999 - strlen($w), $w)] = $w;
    }
    ksort($byLen);
    return array_slice(array_values($byLen), 0, $n);
}

function print_section($title) {
    echo "\n", $title, "\n", str_repeat("=", strlen($title)), "\n";
}

$words = tokenize(TEXT);
$lines = explode("\n", TEXT);
$chars = strlen(TEXT);
$letters = 0;
$hist = letter_histogram(TEXT);
foreach ($hist as $c) {
    $letters += $c;
}
$sentences = count_sentences(TEXT);
$totalLen = 0;
foreach ($words as $w) {
    $totalLen += strlen($w);
}

print_section("Summary");
printf("%-22s %6d\n", "Lines:", count($lines));
printf("%-22s %6d\n", "Characters:", $chars);
printf("%-22s %6d\n", "Letters:", $letters);
printf("%-22s %6d\n", "Words:", count($words));
printf("%-22s %6d\n", "Unique words:", count(array_unique($words)));
printf("%-22s %6d\n", "Sentences:", $sentences);
printf("%-22s %6.2f\n", "Average word length:", $totalLen / count($words));
printf("%-22s %6.2f\n", "Words per sentence:", count($words) / $sentences);
printf("%-22s %5.1f%%\n", "Letter density:", $letters / $chars * 100);

print_section("Top words (stop words excluded)");
$freq = frequencies($words, STOP_WORDS);
$top = top_n($freq, 8);
$maxCount = $top[0][1];
foreach ($top as $rank => [$word, $count]) {
    printf("%2d. %-12s %3d %s\n", $rank + 1, $word, $count, bar($count, $maxCount, 20));
}

print_section("All-word frequencies of stop words");
$stopFreq = [];
foreach ($words as $w) {
    if (in_array($w, STOP_WORDS)) {
        $stopFreq[$w] = ($stopFreq[$w] ?? 0) + 1;
    }
}
arsort($stopFreq);
$parts = [];
foreach ($stopFreq as $w => $c) {
    $parts[] = "$w=$c";
}
echo wordwrap(implode(", ", $parts), 50, "\n", true), "\n";

print_section("Letter histogram");
$maxLetter = max($hist);
foreach ($hist as $l => $c) {
    if ($c > 0) {
        echo strtoupper($l), " ", str_pad((string)$c, 3, " ", STR_PAD_LEFT), " ", rtrim(bar($c, $maxLetter, BAR_WIDTH), "."), "\n";
    }
}
$missing = array_keys($hist, 0, true);
echo "Letters not used: ", $missing ? implode("", $missing) : "(none)", "\n";

print_section("Word lengths");
foreach (length_buckets($words) as $len => $count) {
    printf("%3s letters: %3d  %s\n", $len, $count, str_repeat("*", $count));
}

print_section("Longest words");
foreach (longest_words($words, 5) as $i => $w) {
    echo $i + 1, ". ", ucfirst($w), " (", strlen($w), ")\n";
}

print_section("Line report");
foreach ($lines as $n => $line) {
    $lw = tokenize($line);
    $first = $lw[0] ?? "";
    $last = $lw[count($lw) - 1] ?? "";
    printf("%2d | %2d words | %-8s .. %-12s | %s\n", $n + 1, count($lw), $first, $last, substr($line, 0, 24) . (strlen($line) > 24 ? "..." : ""));
}

print_section("Capitalised words");
$caps = [];
foreach (explode(" ", str_replace("\n", " ", TEXT)) as $raw) {
    $clean = trim($raw, ".,!?;:-");
    if ($clean !== "" && ctype_upper_first($clean)) {
        $caps[] = $clean;
    }
}
function ctype_upper_first($s) {
    $c = $s[0];
    return $c >= "A" && $c <= "Z";
}
echo implode(" ", array_unique($caps)), "\n";
echo "Acronym: ", implode("", array_map("strtoupper", array_map("substr", array_slice($words, 0, 12), array_fill(0, 12, 0), array_fill(0, 12, 1)))), "\n";
echo "\nReport complete: ", count($words), " words analysed.\n";
