<?php
// Objects: n-body simulation with bodies as objects (property reads and writes, new).
final class Body
{
    public function __construct(
        public float $x, public float $y, public float $z,
        public float $vx, public float $vy, public float $vz,
        public float $mass
    ) {
    }
}

final class NBodySystem
{
    /** @var Body[] */
    private array $bodies;

    public function __construct()
    {
        $pi = 3.141592653589793;
        $solarMass = 4 * $pi * $pi;
        $dpy = 365.24;
        $this->bodies = [
            new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, $solarMass),
            new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                1.66007664274403694e-03 * $dpy, 7.69901118419740425e-03 * $dpy, -6.90460016972063023e-05 * $dpy,
                9.54791938424326609e-04 * $solarMass),
            new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                -2.76742510726862411e-03 * $dpy, 4.99852801234917238e-03 * $dpy, 2.30417297573763929e-05 * $dpy,
                2.85885980666130812e-04 * $solarMass),
            new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                2.96460137564761618e-03 * $dpy, 2.37847173959480950e-03 * $dpy, -2.96589568540237556e-05 * $dpy,
                4.36624404335156298e-05 * $solarMass),
            new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                2.68067772490389322e-03 * $dpy, 1.62824170038242295e-03 * $dpy, -9.51592254519715870e-05 * $dpy,
                5.15138902046611451e-05 * $solarMass),
        ];
        $px = $py = $pz = 0.0;
        foreach ($this->bodies as $b) {
            $px += $b->vx * $b->mass;
            $py += $b->vy * $b->mass;
            $pz += $b->vz * $b->mass;
        }
        $this->bodies[0]->vx = -$px / $solarMass;
        $this->bodies[0]->vy = -$py / $solarMass;
        $this->bodies[0]->vz = -$pz / $solarMass;
    }

    public function advance(float $dt): void
    {
        $bodies = $this->bodies;
        $n = count($bodies);
        for ($i = 0; $i < $n; $i++) {
            $bi = $bodies[$i];
            for ($j = $i + 1; $j < $n; $j++) {
                $bj = $bodies[$j];
                $dx = $bi->x - $bj->x;
                $dy = $bi->y - $bj->y;
                $dz = $bi->z - $bj->z;
                $d2 = $dx * $dx + $dy * $dy + $dz * $dz;
                $mag = $dt / ($d2 * sqrt($d2));
                $mi = $bi->mass * $mag;
                $mj = $bj->mass * $mag;
                $bi->vx -= $dx * $mj;
                $bi->vy -= $dy * $mj;
                $bi->vz -= $dz * $mj;
                $bj->vx += $dx * $mi;
                $bj->vy += $dy * $mi;
                $bj->vz += $dz * $mi;
            }
        }
        foreach ($bodies as $b) {
            $b->x += $dt * $b->vx;
            $b->y += $dt * $b->vy;
            $b->z += $dt * $b->vz;
        }
    }

    public function energy(): float
    {
        $e = 0.0;
        $n = count($this->bodies);
        for ($i = 0; $i < $n; $i++) {
            $bi = $this->bodies[$i];
            $e += 0.5 * $bi->mass * ($bi->vx * $bi->vx + $bi->vy * $bi->vy + $bi->vz * $bi->vz);
            for ($j = $i + 1; $j < $n; $j++) {
                $bj = $this->bodies[$j];
                $dx = $bi->x - $bj->x;
                $dy = $bi->y - $bj->y;
                $dz = $bi->z - $bj->z;
                $e -= ($bi->mass * $bj->mass) / sqrt($dx * $dx + $dy * $dy + $dz * $dz);
            }
        }
        return $e;
    }
}

$system = new NBodySystem();
printf("%0.9f\n", $system->energy());
for ($i = 0; $i < 400000; $i++) {
    $system->advance(0.01);
}
printf("%0.9f\n", $system->energy());
