<?php
// date/gmdate/mktime/strtotime/checkdate with fixed timestamps in UTC.
date_default_timezone_set('UTC');
$ts = 1709294400; // 2024-03-01 12:00:00 UTC
$formats = ["Y-m-d H:i:s", "D, d M Y", "l jS \of F Y h:i:s A", "N w z t L", "W o y", "g G h H i s u v", "U", "c", "r", "e T P O p", "\\Y\\m\\d Y", "S", "B", "I Z"];
foreach ($formats as $f) {
    echo str_pad($f, 24), date($f, $ts), "\n";
}
foreach ([0, 86399, 951782400, 1234567890, 2147483647, 4102444800, -86400] as $t) {
    echo $t, " => ", gmdate("Y-m-d\TH:i:s l z", $t), "\n";
}
echo mktime(0, 0, 0, 1, 1, 2000), " ", mktime(12, 30, 0, 13, 1, 2023), " ", mktime(0, 0, 0, 3, 0, 2024), " ", gmmktime(0, 0, 0, 2, 29, 2023), "\n";
var_dump(checkdate(2, 29, 2024), checkdate(2, 29, 2023), checkdate(13, 1, 2020), checkdate(4, 31, 2020));
$base = 1700000000;
foreach (["+1 day", "-1 week", "+1 month", "next monday", "last day of february 2024", "2024-01-31 +1 month", "first day of next month", "tomorrow", "midnight", "@86400", "2021-06-15 10:20:30", "15 March 2022", "noon"] as $rel) {
    $r = strtotime($rel, $base);
    echo str_pad($rel, 28), $r === false ? "false" : date("Y-m-d H:i:s D", $r), "\n";
}
var_dump(strtotime("not a date at all"));
$d = getdate($ts);
echo $d["weekday"], " ", $d["month"], " ", $d["yday"], " ", $d[0], "\n";
print_r(date_parse("2006-12-12 10:00:00.5"));
echo idate("Y", $ts), " ", idate("z", $ts), " ", date("L", mktime(0, 0, 0, 1, 1, 1900)), " ", date("L", mktime(0, 0, 0, 1, 1, 2000)), "\n";
$days = [];
for ($i = 0; $i < 7; $i++) {
    $days[] = date("D j", $ts + $i * 86400);
}
echo implode(" | ", $days), "\n";
$diff = (strtotime("2024-12-25", 0) - strtotime("2024-03-01", 0)) / 86400;
echo "days until xmas: $diff\n";
echo date_default_timezone_get(), "\n";
