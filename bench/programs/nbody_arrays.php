<?php
// Float arithmetic on hash arrays: n-body simulation with bodies as arrays (see oo_nbody for objects).
function energy(&$b)
{
    $e = 0.0;
    $n = count($b);
    for ($i = 0; $i < $n; $i++) {
        $bi = $b[$i];
        $e += 0.5 * $bi['m'] * ($bi['vx'] * $bi['vx'] + $bi['vy'] * $bi['vy'] + $bi['vz'] * $bi['vz']);
        for ($j = $i + 1; $j < $n; $j++) {
            $bj = $b[$j];
            $dx = $bi['x'] - $bj['x'];
            $dy = $bi['y'] - $bj['y'];
            $dz = $bi['z'] - $bj['z'];
            $e -= ($bi['m'] * $bj['m']) / sqrt($dx * $dx + $dy * $dy + $dz * $dz);
        }
    }
    return $e;
}

function advance(&$b, $dt)
{
    $n = count($b);
    for ($i = 0; $i < $n; $i++) {
        for ($j = $i + 1; $j < $n; $j++) {
            $dx = $b[$i]['x'] - $b[$j]['x'];
            $dy = $b[$i]['y'] - $b[$j]['y'];
            $dz = $b[$i]['z'] - $b[$j]['z'];
            $d2 = $dx * $dx + $dy * $dy + $dz * $dz;
            $mag = $dt / ($d2 * sqrt($d2));
            $mi = $b[$i]['m'] * $mag;
            $mj = $b[$j]['m'] * $mag;
            $b[$i]['vx'] -= $dx * $mj;
            $b[$i]['vy'] -= $dy * $mj;
            $b[$i]['vz'] -= $dz * $mj;
            $b[$j]['vx'] += $dx * $mi;
            $b[$j]['vy'] += $dy * $mi;
            $b[$j]['vz'] += $dz * $mi;
        }
    }
    for ($i = 0; $i < $n; $i++) {
        $b[$i]['x'] += $dt * $b[$i]['vx'];
        $b[$i]['y'] += $dt * $b[$i]['vy'];
        $b[$i]['z'] += $dt * $b[$i]['vz'];
    }
}

$pi = 3.141592653589793;
$solarMass = 4 * $pi * $pi;
$daysPerYear = 365.24;
$body = function ($x, $y, $z, $vx, $vy, $vz, $m) use ($daysPerYear, $solarMass) {
    return ['x' => $x, 'y' => $y, 'z' => $z, 'vx' => $vx * $daysPerYear, 'vy' => $vy * $daysPerYear,
        'vz' => $vz * $daysPerYear, 'm' => $m * $solarMass];
};
$bodies = [
    $body(0, 0, 0, 0, 0, 0, 1),
    $body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
        1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
    $body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
        -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
    $body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
        2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
    $body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
        2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
];
$px = $py = $pz = 0.0;
foreach ($bodies as $b) {
    $px += $b['vx'] * $b['m'];
    $py += $b['vy'] * $b['m'];
    $pz += $b['vz'] * $b['m'];
}
$bodies[0]['vx'] = -$px / $solarMass;
$bodies[0]['vy'] = -$py / $solarMass;
$bodies[0]['vz'] = -$pz / $solarMass;

printf("%0.9f\n", energy($bodies));
for ($i = 0; $i < 350000; $i++) {
    advance($bodies, 0.01);
}
printf("%0.9f\n", energy($bodies));
