<?php
// A CSV sales report generator: parses an inline CSV string, aggregates, and prints formatted tables.
declare(strict_types=1);

const CSV_DATA = <<<CSV
date,region,rep,product,units,unit_price
2024-01-03,North,Alice,Widget,12,2.50
2024-01-03,South,Bob,Gadget,5,10.00
2024-01-04,North,Carol,Widget,7,2.50
2024-01-05,East,Dave,Gizmo,3,25.99
2024-01-05,South,Bob,Widget,20,2.45
2024-01-06,West,Erin,Gadget,8,9.75
2024-01-07,North,Alice,Gizmo,1,25.99
2024-01-08,East,Dave,Widget,15,2.50
2024-01-08,"South",Bob,"Gadget, Deluxe",2,19.90
2024-01-09,West,Erin,Widget,,2.50
2024-01-10,North,Carol,Gadget,4,10.00
bad line without enough fields
2024-01-11,East,Frank,Gizmo,6,24.50
CSV;

function parseCsv(string $text): array
{
    $lines = preg_split('/\R/', trim($text));
    $header = str_getcsv(array_shift($lines));
    $rows = [];
    $errors = [];
    foreach ($lines as $i => $line) {
        $fields = str_getcsv($line);
        if (count($fields) !== count($header)) {
            $errors[] = sprintf("line %d: expected %d fields, got %d", $i + 2, count($header), count($fields));
            continue;
        }
        $row = array_combine($header, $fields);
        $row['units'] = $row['units'] === '' ? 0 : (int) $row['units'];
        $row['unit_price'] = (float) $row['unit_price'];
        $row['total'] = round($row['units'] * $row['unit_price'], 2);
        $rows[] = $row;
    }
    return ['rows' => $rows, 'errors' => $errors];
}

function groupSum(array $rows, string $key): array
{
    $out = [];
    foreach ($rows as $r) {
        $k = $r[$key];
        if (!isset($out[$k])) {
            $out[$k] = ['units' => 0, 'total' => 0.0, 'count' => 0];
        }
        $out[$k]['units'] += $r['units'];
        $out[$k]['total'] += $r['total'];
        $out[$k]['count']++;
    }
    ksort($out);
    return $out;
}

function money(float $v): string
{
    return '$' . number_format($v, 2);
}

function printTable(array $headers, array $rows, array $align): void
{
    $widths = [];
    foreach ($headers as $i => $h) {
        $widths[$i] = strlen($h);
    }
    foreach ($rows as $row) {
        foreach (array_values($row) as $i => $cell) {
            $widths[$i] = max($widths[$i], strlen((string) $cell));
        }
    }
    $sep = '+';
    foreach ($widths as $w) {
        $sep .= str_repeat('-', $w + 2) . '+';
    }
    echo $sep, "\n|";
    foreach ($headers as $i => $h) {
        echo ' ', str_pad($h, $widths[$i], ' ', STR_PAD_BOTH), ' |';
    }
    echo "\n", $sep, "\n";
    foreach ($rows as $row) {
        echo '|';
        foreach (array_values($row) as $i => $cell) {
            $pad = $align[$i] === 'r' ? STR_PAD_LEFT : STR_PAD_RIGHT;
            echo ' ', str_pad((string) $cell, $widths[$i], ' ', $pad), ' |';
        }
        echo "\n";
    }
    echo $sep, "\n";
}

$parsed = parseCsv(CSV_DATA);
$rows = $parsed['rows'];
echo "Parsed ", count($rows), " rows, ", count($parsed['errors']), " error(s)\n";
foreach ($parsed['errors'] as $e) {
    echo "  ! $e\n";
}

echo "\nBy region:\n";
$table = [];
$grand = 0.0;
foreach (groupSum($rows, 'region') as $region => $agg) {
    $table[] = [$region, $agg['count'], $agg['units'], money($agg['total'])];
    $grand += $agg['total'];
}
printTable(['Region', 'Sales', 'Units', 'Revenue'], $table, ['l', 'r', 'r', 'r']);
echo "Grand total: ", money($grand), "\n";

echo "\nBy product:\n";
$byProduct = groupSum($rows, 'product');
uasort($byProduct, 'cmpTotalDesc');
function cmpTotalDesc(array $a, array $b): int
{
    return $b['total'] <=> $a['total'] ?: $a['count'] <=> $b['count'];
}
$table = [];
foreach ($byProduct as $product => $agg) {
    $share = $grand > 0 ? $agg['total'] / $grand * 100 : 0;
    $table[] = [$product, $agg['units'], money($agg['total']), sprintf('%5.1f%%', $share), str_repeat('#', (int) round($share / 5))];
}
printTable(['Product', 'Units', 'Revenue', 'Share', 'Bar'], $table, ['l', 'r', 'r', 'r', 'l']);

echo "\nTop reps:\n";
$reps = groupSum($rows, 'rep');
$ranking = [];
foreach ($reps as $name => $agg) {
    $ranking[$name] = $agg['total'];
}
arsort($ranking);
$rank = 0;
$prev = null;
$shown = 0;
foreach ($ranking as $name => $total) {
    $shown++;
    if ($total !== $prev) {
        $rank = $shown;
    }
    $prev = $total;
    printf("%2d. %-6s %10s %s\n", $rank, $name, money($total), $total >= 50 ? '*' : '');
}

echo "\nDaily totals:\n";
$daily = [];
foreach ($rows as $r) {
    $daily[$r['date']] = ($daily[$r['date']] ?? 0) + $r['total'];
}
$dates = array_keys($daily);
$running = 0.0;
foreach ($dates as $idx => $d) {
    $running += $daily[$d];
    $delta = $idx === 0 ? '' : sprintf('%+.2f', $daily[$d] - $daily[$dates[$idx - 1]]);
    printf("%s %9.2f %10.2f %s\n", $d, $daily[$d], $running, $delta);
}
$stats = array_values($daily);
sort($stats);
$n = count($stats);
$median = $n % 2 ? $stats[intdiv($n, 2)] : ($stats[$n / 2 - 1] + $stats[$n / 2]) / 2;
$mean = array_sum($stats) / $n;
$var = 0.0;
foreach ($stats as $s) {
    $var += ($s - $mean) ** 2;
}
printf("days=%d min=%.2f max=%.2f mean=%.3f median=%.2f stddev=%.3f\n", $n, min($stats), max($stats), $mean, $median, sqrt($var / $n));
echo json_encode(['grand' => round($grand, 2), 'regions' => array_keys(groupSum($rows, 'region'))]), "\n";
