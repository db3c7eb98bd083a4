<?php
// Strings: generate log lines, then parse them with strpos/substr/explode/str_replace/trim/...
$methods = ['GET', 'POST', 'PUT', 'DELETE'];
$paths = ['/index.html', '/api/users', '/api/orders/17', '/static/app.js', '/login', '/search?q=php+vm'];
$byStatus = [];
$byMethod = [];
$bytes = 0;
$hours = array_fill(0, 24, 0);
$ipHash = 0;
for ($round = 0; $round < 8; $round++) {
    $seed = 12345 + $round;
    $lines = [];
    for ($i = 0; $i < 60000; $i++) {
        $seed = ($seed * 1103515245 + 12345) & 0x7fffffff;
        $ip = (($seed >> 3) & 255) . '.' . (($seed >> 11) & 255) . '.' . (($seed >> 19) & 255) . '.' . ($i & 255);
        $m = $methods[$seed & 3];
        $p = $paths[($seed >> 5) % 6];
        $status = [200, 200, 200, 301, 404, 500][($seed >> 9) % 6];
        $size = ($seed >> 7) % 50000;
        $lines[] = sprintf('  %s - - [%02d/Oct/2023:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d  ',
            $ip, 1 + $i % 28, $i % 24, $i % 60, ($i * 7) % 60, $m, $p, $status, $size);
    }
    $log = implode("\n", $lines);
    unset($lines);

    foreach (explode("\n", $log) as $line) {
        $line = trim($line);
        $sp = strpos($line, ' ');
        $ip = substr($line, 0, $sp);
        $lb = strpos($line, '[', $sp);
        $rb = strpos($line, ']', $lb);
        $date = substr($line, $lb + 1, $rb - $lb - 1);
        $hour = (int) substr($date, 12, 2);
        $hours[$hour]++;
        $q1 = strpos($line, '"', $rb);
        $q2 = strpos($line, '"', $q1 + 1);
        $req = substr($line, $q1 + 1, $q2 - $q1 - 1);
        [$method, $path, $proto] = explode(' ', $req);
        $rest = explode(' ', trim(substr($line, $q2 + 1)));
        $status = (int) $rest[0];
        $bytes += (int) $rest[1];
        $byStatus[$status] = ($byStatus[$status] ?? 0) + 1;
        $method = strtolower($method);
        $byMethod[$method] = ($byMethod[$method] ?? 0) + 1;
        $path = str_replace(['/api/', '?'], ['/v2/', '#'], $path);
        if (str_starts_with($path, '/v2/') && str_contains($path, 'orders')) {
            $ipHash = ($ipHash + strlen($path)) % 1000003;
        }
        $ipHash = ($ipHash * 33 + ord($ip[0]) + strlen($ip) + (ucwords(strtolower($proto))[0] === 'H' ? 1 : 0)) % 1000003;
        $parts = explode('.', $ip);
        $ipHash = ($ipHash + (int) $parts[3] + ord(strrev($date)[7])) % 1000003;
    }
}
ksort($byStatus);
ksort($byMethod);
echo "bytes = $bytes, ip hash = $ipHash\n";
echo "status: ", json_encode($byStatus), "\n";
echo "methods: ", json_encode($byMethod), "\n";
echo "hours: ", implode(',', $hours), "\n";
