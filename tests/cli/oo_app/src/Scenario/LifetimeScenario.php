<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Support\Output;
use App\Support\Tracer;

final class LifetimeScenario extends AbstractScenario
{
    public const TITLE = 'Object lifetime: destructors, WeakMap, WeakReference';

    protected function perform(): void
    {
        Output::line('  a temporary:');
        (new Tracer('temporary'))->name;
        Output::line('  a local in a function call:');
        $this->scoped();
        Output::line('  reassignment:');
        $t = new Tracer('first');
        $t = new Tracer('second');
        $t = null;

        Output::line('  WeakMap:');
        $map = new \WeakMap();
        $alpha = new Tracer('alpha');
        $beta = new Tracer('beta');
        $gamma = new Tracer('gamma');
        $map[$alpha] = 'A';
        $map[$beta] = ['nested' => true];
        $map[$gamma] = 3;
        Output::kv('count', count($map));
        Output::kv('isset($map[$beta])', isset($map[$beta]));
        $aliasOfBeta = $beta;
        unset($beta);
        Output::kv('count after unset($beta) with an alias alive', count($map));
        unset($aliasOfBeta);
        Output::kv('count after the alias is gone', count($map));
        $gamma = 'replaced';
        $seen = [];
        foreach ($map as $object => $value) {
            $seen[] = $object->name . '=' . json_encode($value);
        }
        Output::kv('remaining', $seen);
        $this->attempt('WeakMap with a string key', static function () use ($map): void {
            $map['string'] = 1;
        });
        try {
            $map[new Tracer('probe', true)];
        } catch (\Error $e) {
            Output::kv('missing WeakMap key', $e::class . ': ' . preg_replace('/#\d+/', '#N', $e->getMessage()));
        }

        Output::line('  WeakReference:');
        $strong = new Tracer('referenced');
        $weak = \WeakReference::create($strong);
        Output::kv('get() while alive', $weak->get()?->name);
        Output::kv('same WeakReference for same object', $weak === \WeakReference::create($strong));
        $strong = null;
        Output::kv('get() after release', $weak->get()?->name);

        Output::line('  array of tracers, released in order:');
        $list = [new Tracer('list-0', true), new Tracer('list-1', true), new Tracer('list-2', true)];
        $list = [];
        Output::kv('journal tail', array_slice(Tracer::$journal, -6));

        Output::line('  unset order:');
        $x = new Tracer('x');
        $y = new Tracer('y');
        unset($y, $x);
        Output::line('  released at the end of perform():');
        $last = new Tracer('end-of-scope');
        Output::kv('alive now', Tracer::alive());
    }

    private function scoped(): void
    {
        $local = new Tracer('local');
        Output::line('  inside scoped(), %s is alive', $local->name);
    }
}
