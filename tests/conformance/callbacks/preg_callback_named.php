<?php
// preg_replace_callback with named groups, limits and counts; preg_replace_callback_array.
$text = "Order 2024-03-15 shipped; refund 2023-12-01; bad 2024-13-40.";
$out = preg_replace_callback('/(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/', function (array $m) {
    if (!checkdate((int)$m['m'], (int)$m['d'], (int)$m['y'])) {
        return "[invalid {$m[0]}]";
    }
    return sprintf("%s/%s/%s", $m['d'], $m['m'], $m['y']);
}, $text, -1, $count);
echo $out, "\n", "replacements: $count\n";
$keys = [];
preg_replace_callback('/(?<word>\w+)@(?<host>\w+)/', function ($m) use (&$keys) {
    $keys = array_keys($m);
    return '';
}, "me@host");
echo implode(",", $keys), "\n";
echo preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, "1 2 3 4 5", 2, $c), " (count $c)\n";
$templ = "Hello {name}, you owe {amount} by {date}. {unknown} stays.";
$vars = ['name' => 'Ana', 'amount' => '12.50', 'date' => 'Friday'];
echo preg_replace_callback('/\{(\w+)\}/', fn($m) => $vars[$m[1]] ?? $m[0], $templ), "\n";
echo preg_replace_callback_array([
    '/\d+/' => fn($m) => "<num:$m[0]>",
    '/[aeiou]/' => fn($m) => strtoupper($m[0]),
    '/<num:(\d+)>/' => fn($m) => str_repeat('#', (int)$m[1]),
], "a1b22c3", -1, $total), " total=$total\n";
$arr = preg_replace_callback('/x/', fn() => 'Y', ['ax', 'bxx', 'c']);
print_r($arr);
echo preg_replace_callback('/(a)(b)?(c)/', function ($m) {
    return count($m) . ':' . json_encode($m);
}, "ac abc"), "\n";
echo preg_replace_callback('/(a)(b)?(c)/', fn($m) => json_encode($m), "ac", flags: PREG_UNMATCHED_AS_NULL), "\n";
echo preg_replace_callback('/\w+/', fn($m) => json_encode($m), "hi yo", flags: PREG_OFFSET_CAPTURE), "\n";
function titleCase(array $m): string {
    return ucfirst(strtolower($m[0]));
}
echo preg_replace_callback('/\b[a-z]+\b/i', 'titleCase', "hELLO wORLD of PHP"), "\n";
$r = @preg_replace_callback('/(unclosed/', fn($m) => '', "x");
var_dump($r, preg_last_error(), preg_last_error_msg());
