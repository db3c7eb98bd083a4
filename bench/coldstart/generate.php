<?php
/*
 * bench/coldstart/generate.php OUTDIR [FILES=500] [LINES=100000]
 *
 * Writes a synthetic PHP 8.2 application of about FILES files and LINES lines under OUTDIR, for
 * measuring cold start (bench/coldstart/run). Run it with `php -n`. The output depends only on
 * the arguments: a seeded generator, no clock, no randomness.
 *
 *   OUTDIR/index.php         front script: loads about a quarter of the classes through the
 *                            autoloader, runs a few methods of each, prints a short checksum
 *   OUTDIR/autoload.php      PSR-4 autoloader (App\X\Y => src/X/Y.<APP_EXT>) and helper files
 *   OUTDIR/src/...           classes, abstract classes, interfaces, traits, enums (one per file)
 *   OUTDIR/lib/*.php         plain function files, loaded by autoload.php (composer "files")
 *
 * APP_EXT, the extension the autoloader and the front script load, is the constant APP_EXT if
 * defined, else the environment variable APP_EXT, else "phpo" when the front script runs as
 * index.phpo ($_SERVER['SCRIPT_FILENAME']), else "php". So `php index.php` loads sources and
 * `phpovm index.phpo` loads .phpo images compiled next to them.
 *
 * OUTDIR must be empty, missing, or an earlier output of this script (it has a .coldstart-app
 * marker); an earlier output is replaced.
 */
declare(strict_types=1);

const SEED = 20260611;
const MOD = 1000003;

final class Rng
{
    private int $state;

    public function __construct(int $seed)
    {
        $this->state = $seed % 2147483646 + 1;
    }

    public function next(): int
    {
        $this->state = ($this->state * 48271) % 2147483647;
        return $this->state;
    }

    public function int(int $lo, int $hi): int
    {
        return $lo + $this->next() % ($hi - $lo + 1);
    }

    public function chance(int $percent): bool
    {
        return $this->next() % 100 < $percent;
    }

    public function pick(array $list): mixed
    {
        $list = array_values($list);
        return $list[$this->next() % count($list)];
    }

    public function shuffle(array $list): array
    {
        $list = array_values($list);
        for ($i = count($list) - 1; $i > 0; $i--) {
            $j = $this->next() % ($i + 1);
            [$list[$i], $list[$j]] = [$list[$j], $list[$i]];
        }
        return $list;
    }

    public function sample(array $list, int $k): array
    {
        return array_slice($this->shuffle($list), 0, max(0, $k));
    }
}

final class Words
{
    public const MODULES = ['Billing', 'Catalog', 'Customer', 'Inventory', 'Shipping', 'Reporting',
        'Identity', 'Http', 'Cache', 'Search', 'Messaging', 'Payment', 'Analytics', 'Content',
        'Media', 'Scheduling', 'Pricing', 'Audit', 'Storage', 'Workflow'];
    public const NOUNS = ['Invoice', 'Order', 'Product', 'Price', 'Tax', 'Discount', 'Address',
        'Token', 'Session', 'Route', 'Request', 'Response', 'Policy', 'Rule', 'Report', 'Metric',
        'Event', 'Queue', 'Job', 'Batch', 'Ledger', 'Account', 'Entry', 'Record', 'Filter', 'Query',
        'Document', 'Page', 'Asset', 'Schedule', 'Slot', 'Cart', 'Coupon', 'Refund', 'Shipment',
        'Parcel', 'Carrier', 'Warehouse', 'Stock', 'Supplier', 'Tenant', 'User', 'Role',
        'Permission', 'Credential', 'Webhook', 'Channel', 'Template', 'Attachment', 'Thumbnail',
        'Feed', 'Segment', 'Campaign', 'Forecast', 'Budget', 'Period', 'Currency', 'Rate', 'Region',
        'Voucher', 'Payout', 'Subscription', 'Plan', 'Quota', 'Label', 'Manifest', 'Notice'];
    public const SUFFIXES = ['Service', 'Repository', 'Factory', 'Builder', 'Handler', 'Validator',
        'Formatter', 'Calculator', 'Resolver', 'Manager', 'Provider', 'Mapper', 'Transformer',
        'Collector', 'Normalizer', 'Parser', 'Exporter', 'Importer', 'Controller', 'Listener',
        'Dispatcher', 'Serializer', 'Aggregator', 'Planner', 'Scheduler', 'Matcher'];
    public const SUBNS = ['Repository' => 'Repository', 'Controller' => 'Http', 'Listener' => 'Listener',
        'Factory' => 'Factory', 'Validator' => 'Validation', 'Exporter' => 'Io', 'Importer' => 'Io',
        'Serializer' => 'Io', 'Handler' => 'Handler', 'Dispatcher' => 'Handler'];
    public const IFACE_SUFFIXES = ['Source', 'Sink', 'Store', 'Reader', 'Writer', 'Resolver',
        'Provider', 'Gateway', 'Aware', 'Factory'];
    public const TRAIT_PREFIXES = ['Has', 'Tracks', 'Caches', 'Remembers', 'Logs', 'Guards', 'Counts',
        'Buffers'];
    public const TRAIT_SUFFIXES = ['State', 'Cache', 'Stats', 'Log', 'Flags', 'History', 'Metrics'];
    public const ENUM_SUFFIXES = ['Status', 'Type', 'Kind', 'Level', 'Mode', 'Stage', 'Priority'];
    public const ABSTRACT_SUFFIXES = ['Service', 'Handler', 'Repository', 'Processor', 'Component'];
    public const CASES = ['Draft', 'Pending', 'Active', 'Suspended', 'Closed', 'Archived', 'Paid',
        'Sent', 'Failed', 'Queued', 'Running', 'Done', 'Low', 'Medium', 'High', 'Critical',
        'Manual', 'Automatic', 'Internal', 'External', 'Primary', 'Secondary', 'Expired', 'Blocked'];
    public const VERBS = ['compute', 'build', 'format', 'normalize', 'resolve', 'collect', 'filter',
        'merge', 'split', 'render', 'parse', 'score', 'rank', 'summarize', 'map', 'reduce', 'group',
        'index', 'sort', 'match', 'apply', 'prepare', 'transform', 'encode', 'extract', 'count',
        'estimate', 'balance', 'sanitize', 'expand', 'derive', 'assemble', 'check', 'partition'];
    public const TRAIT_VERBS = ['remember', 'track', 'stamp', 'audit', 'guard', 'throttle', 'trace',
        'buffer', 'record', 'tally'];
    public const ABSTRACT_VERBS = ['evaluate', 'assess', 'inspect', 'measure', 'weigh'];
    public const METHOD_NOUNS = ['Totals', 'Items', 'Labels', 'Keys', 'Rows', 'Entries', 'Values',
        'Weights', 'Tokens', 'Segments', 'Lines', 'Rules', 'Limits', 'Fields', 'Scores', 'Names',
        'Codes', 'Rates', 'Amounts', 'Slots', 'Tags', 'Ids', 'Paths', 'Headers', 'Params', 'Groups',
        'Buckets', 'Ranges', 'Offsets', 'Deltas'];
    public const LIB_TOPICS = ['strings', 'arrays', 'math', 'paths', 'html', 'money', 'ids', 'text',
        'format', 'collections', 'validation', 'encoding', 'numbers', 'lists', 'maps', 'dates'];
    public const LIB_VERBS = ['normalize', 'format', 'parse', 'split', 'join', 'pad', 'clean',
        'escape', 'hash', 'sum', 'scale', 'wrap', 'chunk', 'pluck', 'pick', 'flatten', 'count',
        'mask', 'slug', 'quote'];
    public const LIB_NOUNS = ['key', 'name', 'path', 'amount', 'code', 'list', 'map', 'text',
        'label', 'token', 'id', 'value', 'items', 'words', 'digits', 'row', 'field', 'tag'];
    public const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'omega', 'north', 'south', 'amber',
        'cobalt', 'ivory', 'lemon', 'maple', 'cedar', 'river', 'stone', 'pixel', 'vector', 'quartz'];
    public const CONTRACTS = ['describe', 'weight', 'toArray', 'cacheKey', 'priority', 'supports',
        'validate', 'version'];
}

final class AppGenerator
{
    private Rng $r;
    /** @var array<string, array> fqcn => entity */
    private array $entities = [];
    private array $shortNames = [];
    private array $libFunctions = ['int' => [], 'str' => [], 'arr' => []];
    private array $libFiles = [];
    private array $traitMethodNames = [];
    private array $files = [];          // relative path => contents
    private int $classCount = 0;

    public function __construct(private int $fileTarget, private int $lineTarget)
    {
        $this->r = new Rng(SEED + $fileTarget * 7919 + $lineTarget);
    }

    /** @return array<string, string> relative path => contents */
    public function generate(): array
    {
        $r = $this->r;
        $nLib = max(1, (int) round($this->fileTarget * 0.04));
        $nSrc = $this->fileTarget - 2 - $nLib;
        $nIface = max(1, (int) round($nSrc * 0.08));
        $nTrait = max(1, (int) round($nSrc * 0.06));
        $nEnum = max(1, (int) round($nSrc * 0.06));
        $nAbstract = max(1, (int) round($nSrc * 0.08));
        $nClass = $nSrc - $nIface - $nTrait - $nEnum - $nAbstract;
        $nModules = max(3, min(count(Words::MODULES), intdiv($this->fileTarget, 30)));
        $modules = array_slice(Words::MODULES, 0, $nModules);

        // Plan every entity (names, hierarchy) before writing any body, so that bodies can refer
        // to any other class.
        for ($i = 0; $i < $nIface; $i++) {
            $module = $r->pick($modules);
            $short = $this->uniqueShort(fn () => $r->pick(Words::NOUNS) . $r->pick(Words::IFACE_SUFFIXES) . 'Interface');
            $parents = array_values(array_filter($this->ofKind('interface')));
            $this->add([
                'kind' => 'interface', 'ns' => "App\\$module\\Contracts", 'short' => $short,
                'parent' => ($parents && $r->chance(30)) ? $r->pick($parents)['fqcn'] : null,
                'contracts' => $r->sample(Words::CONTRACTS, $r->int(1, 3)),
            ]);
        }
        for ($i = 0; $i < $nTrait; $i++) {
            $module = $r->pick($modules);
            $short = $this->uniqueShort(fn () => $r->pick(Words::TRAIT_PREFIXES) . $r->pick(Words::NOUNS) . $r->pick(Words::TRAIT_SUFFIXES));
            $methods = [];
            for ($k = $r->int(2, 5); $k > 0; $k--) {
                $name = $this->uniqueTraitMethod();
                $methods[] = ['name' => $name, 'kind' => $r->pick(['int', 'int', 'str'])];
            }
            $this->add(['kind' => 'trait', 'ns' => "App\\$module\\Concerns", 'short' => $short, 'methods' => $methods]);
        }
        for ($i = 0; $i < $nEnum; $i++) {
            $module = $r->pick($modules);
            $short = $this->uniqueShort(fn () => $r->pick(Words::NOUNS) . $r->pick(Words::ENUM_SUFFIXES));
            $this->add([
                'kind' => 'enum', 'ns' => "App\\$module\\Enum", 'short' => $short,
                'cases' => $r->sample(Words::CASES, $r->int(3, 8)),
                'backing' => $r->pick(['int', 'int', 'string', null]),
            ]);
        }
        $ifaces = array_keys($this->ofKind('interface'));
        for ($i = 0; $i < $nAbstract; $i++) {
            $module = $r->pick($modules);
            $short = $this->uniqueShort(fn () => 'Abstract' . $r->pick(Words::NOUNS) . $r->pick(Words::ABSTRACT_SUFFIXES));
            $abstracts = [];
            foreach (['int', $r->pick(['int', 'str'])] as $j => $kind) {
                if ($j === 1 && $r->chance(50)) {
                    break;
                }
                $abstracts[] = ['name' => $r->pick(Words::ABSTRACT_VERBS) . $r->pick(Words::METHOD_NOUNS) . ($j ? 'Part' : ''),
                    'kind' => $kind, 'vis' => $r->pick(['protected', 'public'])];
            }
            if (count($abstracts) === 2 && $abstracts[0]['name'] === $abstracts[1]['name']) {
                $abstracts[1]['name'] .= 'Alt';
            }
            $this->add([
                'kind' => 'abstract', 'ns' => "App\\$module", 'short' => $short,
                'interfaces' => $r->chance(50) ? $r->sample($ifaces, 1) : [],
                'abstractMethods' => $abstracts,
            ]);
        }
        $abstractNames = array_keys($this->ofKind('abstract'));
        $traitNames = array_keys($this->ofKind('trait'));
        for ($i = 0; $i < $nClass; $i++) {
            $module = $r->pick($modules);
            $suffix = $r->pick(Words::SUFFIXES);
            $short = $this->uniqueShort(fn () => $r->pick(Words::NOUNS) . $suffix);
            $sub = Words::SUBNS[$suffix] ?? ($r->chance(40) ? 'Service' : '');
            $this->add([
                'kind' => 'class', 'ns' => "App\\$module" . ($sub !== '' ? "\\$sub" : ''), 'short' => $short,
                'parent' => $r->chance(45) ? $r->pick($abstractNames) : null,
                'interfaces' => $r->sample($ifaces, $r->pick([0, 1, 1, 1, 2])),
                'traits' => $r->sample($traitNames, $r->pick([0, 0, 1, 1, 2])),
                'final' => $r->chance(60),
            ]);
        }
        $classNames = array_keys($this->ofKind('class'));
        $enumNames = array_keys($this->ofKind('enum'));
        foreach ($classNames as $fqcn) {
            $e = &$this->entities[$fqcn];
            $others = array_values(array_diff($classNames, [$fqcn]));
            $e['collabs'] = $r->sample($others, $r->pick([1, 1, 2, 2, 3]));
            $e['processEnums'] = $r->chance(55) ? $r->sample($enumNames, 1) : [];
            unset($e);
        }

        // Lines: the lib, interfaces, traits, enums and abstract classes first, then the concrete
        // classes share what is left of the line target.
        for ($i = 0; $i < $nLib; $i++) {
            $this->genLibFile($i);
        }
        foreach ($this->entities as $fqcn => $e) {
            match ($e['kind']) {
                'interface' => $this->emit($e, $this->genInterface($e)),
                'trait' => $this->emit($e, $this->genTrait($e)),
                'enum' => $this->emit($e, $this->genEnum($e)),
                'abstract' => $this->emit($e, $this->genAbstract($fqcn)),
                default => null,
            };
        }
        $this->files['autoload.php'] = $this->genAutoload();
        $entries = $this->chooseEntries($classNames, $nSrc);
        $indexLines = 45 + count($entries);
        $used = $this->countLines() + $indexLines;
        $left = count($classNames);
        foreach ($r->shuffle($classNames) as $fqcn) {
            $budget = intdiv(max(0, $this->lineTarget - $used), $left);
            $budget = (int) round($budget * $r->int(70, 130) / 100);
            $code = $this->genClass($fqcn, $budget);
            $this->emit($this->entities[$fqcn], $code);
            $used += substr_count($code, "\n");
            $left--;
        }
        $this->files['index.php'] = $this->genIndex($entries, $nSrc);
        ksort($this->files);
        return $this->files;
    }

    public function countLines(): int
    {
        $n = 0;
        foreach ($this->files as $code) {
            $n += substr_count($code, "\n");
        }
        return $n;
    }

    // ---- planning helpers ---------------------------------------------------------------------

    private function add(array $e): void
    {
        $e['fqcn'] = $e['ns'] . '\\' . $e['short'];
        $e['path'] = 'src/' . str_replace('\\', '/', substr($e['fqcn'], 4)) . '.php';
        $this->entities[$e['fqcn']] = $e;
    }

    private function ofKind(string $kind): array
    {
        return array_filter($this->entities, fn (array $e): bool => $e['kind'] === $kind);
    }

    private function uniqueShort(callable $make): string
    {
        for ($try = 0; $try < 20; $try++) {
            $name = $make();
            if (!isset($this->shortNames[strtolower($name)])) {
                break;
            }
        }
        $base = $name;
        for ($k = 2; isset($this->shortNames[strtolower($name)]); $k++) {
            $name = $base . $k;
        }
        $this->shortNames[strtolower($name)] = true;
        return $name;
    }

    private function uniqueTraitMethod(): string
    {
        $name = '';
        for ($try = 0; $try < 50 && ($name === '' || isset($this->traitMethodNames[$name])); $try++) {
            $name = $this->r->pick(Words::TRAIT_VERBS) . $this->r->pick(Words::METHOD_NOUNS);
        }
        for ($k = 2; isset($this->traitMethodNames[$name]); $k++) {
            $name = preg_replace('/\d+$/', '', $name) . $k;
        }
        $this->traitMethodNames[$name] = true;
        return $name;
    }

    private function uniqueName(array &$used, array $verbs, array $nouns, string $suffix = ''): string
    {
        $name = '';
        for ($try = 0; $try < 50; $try++) {
            $name = $this->r->pick($verbs) . $this->r->pick($nouns) . $suffix;
            if (!isset($used[strtolower($name)])) {
                break;
            }
        }
        $base = $name;
        for ($k = 2; isset($used[strtolower($name)]); $k++) {
            $name = $base . $k;
        }
        $used[strtolower($name)] = true;
        return $name;
    }

    /** Classes, interfaces, traits and enums loaded when $fqcn is declared (itself included). */
    private function hierarchy(string $fqcn): array
    {
        $e = $this->entities[$fqcn];
        $set = [$fqcn => true];
        foreach (array_merge(
            isset($e['parent']) ? [$e['parent']] : [],
            $e['interfaces'] ?? [],
            $e['traits'] ?? [],
        ) as $dep) {
            $set += $this->hierarchy($dep);
        }
        return $set;
    }

    /** What running (new C)->handle() loads. */
    private function executed(string $fqcn): array
    {
        $set = $this->processLoads($fqcn);
        foreach ($this->entities[$fqcn]['collabs'] as $collab) {
            $set += $this->processLoads($collab);
        }
        return $set;
    }

    private function processLoads(string $fqcn): array
    {
        $set = $this->hierarchy($fqcn);
        foreach ($this->entities[$fqcn]['processEnums'] as $enum) {
            $set += $this->hierarchy($enum);
        }
        return $set;
    }

    /** Entry classes whose handle() the front script runs: about 25% of src/ gets loaded. */
    private function chooseEntries(array $classNames, int $nSrc): array
    {
        $target = (int) round($nSrc * 0.25);
        $loaded = [];
        $entries = [];
        foreach ($this->r->shuffle($classNames) as $fqcn) {
            if (count($loaded) >= $target) {
                break;
            }
            $more = $this->executed($fqcn);
            if ($entries && count($loaded + $more) > $target + 3) {
                continue;
            }
            $entries[] = $fqcn;
            $loaded += $more;
        }
        return $entries;
    }

    // ---- code fragments -----------------------------------------------------------------------

    private function emit(array $e, string $code): void
    {
        $this->files[$e['path']] = $code;
    }

    private function header(string $ns, array $uses, array $doc): string
    {
        $out = "<?php\n\ndeclare(strict_types=1);\n\nnamespace $ns;\n\n";
        $imports = [];
        foreach ($uses as $fqcn) {
            $dep = $this->entities[$fqcn];
            if ($dep['ns'] !== $ns) {
                $imports[$fqcn] = "use $fqcn;";
            }
        }
        if ($imports) {
            ksort($imports);
            $out .= implode("\n", $imports) . "\n\n";
        }
        $out .= "/**\n";
        foreach ($doc as $line) {
            $out .= rtrim(" * $line") . "\n";
        }
        return $out . " */\n";
    }

    private function sentence(string $name): string
    {
        $words = strtolower(trim(preg_replace('/([A-Z])/', ' $1', $name)));
        $parts = explode(' ', $words);
        $verb = array_shift($parts);
        $object = $parts ? implode(' ', $parts) : 'input';
        $verb = match (true) {
            (bool) preg_match('/(s|x|ch|sh)$/', $verb) => $verb . 'es',
            (bool) preg_match('/[^aeiou]y$/', $verb) => substr($verb, 0, -1) . 'ies',
            default => $verb . 's',
        };
        return ucfirst($verb) . " the $object of the given value.";
    }

    /** "InvoiceBuilder" => "invoice builder" */
    private function words(string $name): string
    {
        return strtolower(trim(preg_replace('/([A-Z])/', ' $1', $name)));
    }

    private function lit(string $s): string
    {
        return "'" . addcslashes($s, "'\\") . "'";
    }

    private function intList(int $k, int $lo, int $hi): string
    {
        $v = [];
        for ($i = 0; $i < $k; $i++) {
            $v[] = $this->r->int($lo, $hi);
        }
        return '[' . implode(', ', $v) . ']';
    }

    private function word(): string
    {
        return $this->r->pick(Words::WORDS);
    }

    /**
     * A method or function: $sig is the signature without the visibility, $body its lines at one
     * indentation level. Returns lines indented by $indent.
     */
    private function method(string $indent, string $sig, array $body, bool $doc, string $name = ''): array
    {
        $out = [];
        if ($doc) {
            $out[] = "$indent/**";
            $out[] = "$indent * " . (preg_match('/[^A-Za-z]/', $name) ? $name : $this->sentence($name !== '' ? $name : 'handleInput'));
            if ($this->r->chance(40)) {
                $out[] = "$indent *";
                preg_match_all('/(\w+|\?\w+) \$(\w+)/', substr($sig, strpos($sig, '(')), $m, PREG_SET_ORDER);
                foreach ($m as $p) {
                    $out[] = "$indent * @param {$p[1]} \${$p[2]}";
                }
                $ret = substr($sig, strrpos($sig, ':') + 1);
                $out[] = "$indent * @return " . trim($ret);
            }
            $out[] = "$indent */";
        }
        $out[] = "$indent$sig";
        $out[] = "$indent{";
        foreach ($body as $line) {
            $out[] = $line === '' ? '' : "$indent    $line";
        }
        $out[] = "$indent}";
        return $out;
    }

    /** A constructor with promoted parameters, one per line. */
    private function ctor(array $params, array $body): array
    {
        $out = ['    public function __construct('];
        foreach ($params as $p) {
            $out[] = "        $p,";
        }
        $out[] = '    ) {';
        foreach ($body as $line) {
            $out[] = "        $line";
        }
        $out[] = '    }';
        return $out;
    }

    private function indent(array $lines, string $by = '    '): array
    {
        return array_map(fn (string $l): string => $l === '' ? '' : $by . $l, $lines);
    }

    private function clamp(array $ctx, string $v, string $lo, string $hi): string
    {
        return $ctx['clamp'] ? "self::clampValue($v, $lo, $hi)" : "max($lo, min($hi, $v))";
    }

    // ---- bodies of pure methods ---------------------------------------------------------------
    // A context describes where the body goes: expressions for the seed, label, a scale constant,
    // a list constant, a string prefix, an optional mutable int counter and an optional options
    // array; 'int'/'str'/'arr' list callables (method or function expressions) of simple bodies
    // that a composite body may call; 'lib' lists library functions by kind.

    /** @return array{0: array, 1: bool} lines computing $result, and whether the body is simple */
    private function intBody(array $ctx): array
    {
        $r = $this->r;
        $kinds = ['loop', 'range', 'state', 'digits', 'chars', 'switch', 'closure', 'float', 'trycatch'];
        if ($ctx['counter'] !== null) {
            $kinds[] = 'counter';
        }
        if (count($ctx['int']) >= 2) {
            $kinds[] = 'composite';
            $kinds[] = 'composite';
        }
        if ($ctx['int']) {
            $kinds[] = 'reduce';
        }
        if ($ctx['lib']['int']) {
            $kinds[] = 'lib';
        }
        $f = $ctx['factor'];
        $seed = $ctx['seed'];
        $m = $r->int(97, 9973);
        switch ($r->pick($kinds)) {
            case 'loop':
                $lim = $r->int(3000, 9000);
                return [[
                    '$result = ' . $r->pick(['0', $seed, "$f"]) . ';',
                    sprintf('for ($i = 0; $i < $n %% %d + %d; $i++) {', $r->int(5, 17), $r->int(2, 6)),
                    "    \$result += (\$i * $f + $seed) % $m;",
                    "    if (\$result > $lim) {",
                    '        $result -= ' . $r->int(100, $lim - 1) . ';',
                    '    }',
                    '}',
                ], true];
            case 'range':
                return [[
                    '$values = [];',
                    sprintf('foreach (range(1, $n %% %d + %d) as $k) {', $r->int(5, 13), $r->int(2, 5)),
                    sprintf('    $values[] = ($k * %d + %s) %% %d;', $r->int(3, 31), $seed, $r->int(11, 97)),
                    '}',
                    $r->pick(['sort($values);', 'rsort($values);']),
                    sprintf('$values = array_filter($values, static fn (int $v): bool => $v %% %d !== 0);', $r->int(2, 5)),
                    "\$result = array_sum(\$values) + count(\$values) * $f;",
                ], true];
            case 'state':
                $k = $r->int(3, 6);
                $body = ["\$state = \$n % $k;", '$result = 0;', sprintf('for ($step = 0; $step < %d; $step++) {', $r->int(4, 12)),
                    '    $state = match ($state) {'];
                for ($i = 0; $i < $k - 1; $i++) {
                    $body[] = "        $i => " . $r->int(0, $k - 1) . ',';
                }
                $body[] = '        default => 0,';
                $body[] = '    };';
                $body[] = '    $result += $state * ($step + 1);';
                $body[] = '}';
                return [$body, true];
            case 'digits':
                return [[
                    '$result = 0;',
                    "\$value = \$n + $seed;",
                    'while ($value > 0) {',
                    '    $result += ($value % 10) * ' . $r->int(2, 9) . ';',
                    '    $value = intdiv($value, 10);',
                    '}',
                    "\$result += count({$ctx['limits']}) * $f;",
                ], true];
            case 'chars':
                return [[
                    "\$text = sprintf('%s-%d-%s', {$ctx['prefix']}, \$n, {$ctx['label']});",
                    '$result = 0;',
                    'foreach (str_split($text) as $pos => $char) {',
                    sprintf('    $result = ($result * %d + ord($char) + $pos) %% %d;', $r->int(3, 37), $m),
                    '}',
                ], true];
            case 'switch':
                return [[
                    'switch ($n % 4) {',
                    '    case 0:',
                    '        $result = $n * ' . $r->int(2, 9) . ';',
                    '        break;',
                    '    case 1:',
                    '        $result = $n + ' . $r->int(10, 999) . ';',
                    '        break;',
                    '    case 2:',
                    '        $result = intdiv($n * ' . $r->int(2, 9) . ', 3);',
                    '        break;',
                    '    default:',
                    '        $result = ' . $r->int(1, 500) . ';',
                    '}',
                    '$result = ' . $this->clamp($ctx, '$result', '0', (string) $r->int(1000, 99999)) . ';',
                ], true];
            case 'closure':
                $use = $ctx['this'] ? 'function (int $v) use ($scale): int {' : 'static function (int $v) use ($scale): int {';
                return [[
                    "\$scale = $f;",
                    "\$mapper = $use",
                    "    return (\$v * \$scale + $seed) % $m;",
                    '};',
                    sprintf('$result = array_sum(array_map($mapper, range(0, $n %% %d + 2)));', $r->int(4, 12)),
                ], true];
            case 'float':
                return [[
                    sprintf('$ratio = %d.%02d + ($n %% %d) / %d;', $r->int(0, 3), $r->int(1, 99), $r->int(5, 50), $r->int(3, 40)),
                    "\$result = (int) round(\$ratio * $f * 100) % $m;",
                ], true];
            case 'trycatch':
                $exc = $r->pick(['\InvalidArgumentException', '\RangeException', '\DomainException', '\LengthException']);
                return [[
                    'try {',
                    sprintf('    if ($n %% %d === %d) {', $a = $r->int(3, 9), $r->int(0, $a - 1)),
                    "        throw new $exc(sprintf('value %d rejected by %s', \$n, {$ctx['self']}));",
                    '    }',
                    "    \$result = \$n * $f % $m;",
                    "} catch ($exc \$e) {",
                    '    $result = strlen($e->getMessage());',
                    '}',
                ], true];
            case 'counter':
                $c = $ctx['counter'];
                return [[
                    "$c = ($c + \$n) % $m;",
                    "\$result = $c * $f + \$n % " . $r->int(7, 99) . ';',
                ], false];
            case 'composite':
                [$a, $b] = $r->sample($ctx['int'], 2);
                $body = [sprintf('$result = %s($n %% 50 + 1) + %s(($n + %d) %% 40 + 1);', $a, $b, $r->int(1, 99))];
                if ($ctx['str'] && $r->chance(60)) {
                    $body[] = sprintf("\$result += strlen(%s('c' . \$n));", $r->pick($ctx['str']));
                }
                $body[] = "\$result %= $m;";
                return [$body, false];
            case 'reduce':
                return [[
                    '$result = array_reduce(',
                    sprintf('    array_map(%s(...), [$n %% 9 + 1, %d, %d]),', $r->pick($ctx['int']), $r->int(1, 50), $r->int(1, 50)),
                    "    static fn (int \$carry, int \$v): int => (\$carry + \$v) % $m,",
                    '    0,',
                    ');',
                ], false];
            default: // lib
                return [[sprintf('$result = %s($n %% 100 + 1) + %d;', $r->pick($ctx['lib']['int']), $r->int(0, 99))], false];
        }
    }

    private function strBody(array $ctx): array
    {
        $r = $this->r;
        $kinds = ['parts', 'slug', 'interp', 'table', 'hash', 'branch', 'words'];
        if ($ctx['this']) {
            $kinds[] = 'heredoc';
        }
        if ($ctx['options'] !== null) {
            $kinds[] = 'options';
        }
        if (count($ctx['str']) >= 2) {
            $kinds[] = 'composite';
        }
        if ($ctx['lib']['str']) {
            $kinds[] = 'lib';
        }
        $label = $ctx['label'];
        switch ($r->pick($kinds)) {
            case 'parts':
                return [[
                    '$parts = [];',
                    sprintf("foreach (explode(',', '%s,%s,' . \$s) as \$i => \$word) {", $this->word(), $this->word()),
                    "    \$parts[] = sprintf('%s-%02d', ucfirst(trim(\$word)), \$i);",
                    '}',
                    sprintf('$result = implode(%s, $parts);', $this->lit($r->pick(['|', ', ', '/', ':', ' ']))),
                ], true];
            case 'slug':
                return [[
                    '$result = strtolower(trim($s));',
                    "\$result = preg_replace('/[^a-z0-9]+/', '-', \$result) ?? '';",
                    "\$result = trim(\$result, '-') . '-' . {$ctx['prefix']};",
                ], true];
            case 'interp':
                $body = ["\$name = ucwords(str_replace(['_', '-'], ' ', \$s));"];
                $body[] = $ctx['this']
                    ? "\$result = \"{\$this->label}: {\$name} (\" . strlen(\$name) . ')';"
                    : "\$result = $label . ': ' . \$name . ' (' . strlen(\$name) . ')';";
                return [$body, true];
            case 'heredoc':
                return [[
                    '$upper = strtoupper($s);',
                    '$size = strlen($s);',
                    '$result = <<<TXT',
                    "    [{\$this->label}] {\$upper}",
                    "    seed={\$this->seed}; size={\$size}",
                    '    TXT;',
                ], true];
            case 'table':
                return [[
                    '$rows = [];',
                    sprintf('foreach (%s as $i => $amount) {', $this->intList(3, 100, 99999)),
                    sprintf("    \$rows[] = str_pad((string) \$i, 3, '0', STR_PAD_LEFT) . ' ' . number_format(\$amount * %d / 100, 2) . ' ' . substr(\$s, 0, %d);", $r->int(1, 9), $r->int(3, 12)),
                    '}',
                    '$result = implode("\n", $rows);',
                ], true];
            case 'hash':
                return [[
                    sprintf('$result = substr(%s$s . %s), 0, %d);', $r->pick(['md5(', 'sha1(', "hash('crc32b', "]), $ctx['prefix'], $r->int(6, 16)),
                    "\$result .= ':' . strrev(substr(bin2hex($label), 0, " . $r->int(4, 12) . '));',
                ], true];
            case 'branch':
                $w = $r->pick(['item', 'k', 'c', 'p', 'n', 'x']);
                return [[
                    "if (str_contains(\$s, '$w')) {",
                    sprintf("    \$result = str_replace('%s', '%s', \$s);", $w, $this->word()),
                    sprintf("} elseif (str_starts_with(\$s, '%s')) {", substr($this->word(), 0, 2)),
                    sprintf("    \$result = substr(\$s, %d) . '%s';", $r->int(1, 3), $this->word()),
                    '} else {',
                    "    \$result = lcfirst(strtr(\$s, 'aeiou', 'AEIOU'));",
                    '}',
                ], true];
            case 'words':
                return [[
                    "\$words = preg_split('/[\\s\\-_]+/', \$s) ?: [];",
                    '$words = array_map(static fn (string $w): string => ucfirst(strtolower($w)), $words);',
                    sprintf("\$result = wordwrap(implode(' ', \$words), %d, \"\\n\", true);", $r->int(8, 30)),
                ], true];
            case 'options':
                return [[
                    '$key = strtolower($s);',
                    "\$result = isset({$ctx['options']}[\$key]) ? (string) {$ctx['options']}[\$key] : (string) ({$ctx['options']}['mode'] ?? {$ctx['prefix']});",
                    "\$result .= '#' . count({$ctx['options']});",
                ], true];
            case 'composite':
                [$a, $b] = $r->sample($ctx['str'], 2);
                return [["\$result = $a(\$s) . '|' . $b(strrev(\$s));"], false];
            default: // lib
                return [[sprintf("\$result = %s(\$s) . '%s';", $r->pick($ctx['lib']['str']), $r->pick(['', '.', '!', '-x']))], false];
        }
    }

    private function arrBody(array $ctx): array
    {
        $r = $this->r;
        $kinds = ['group', 'mapfilter', 'unique', 'combine', 'generator', 'records', 'counts', 'byref', 'pairs'];
        if (count($ctx['arr']) >= 2) {
            $kinds[] = 'composite';
        }
        if ($ctx['lib']['arr']) {
            $kinds[] = 'lib';
        }
        $f = $ctx['factor'];
        $m = $r->int(31, 997);
        switch ($r->pick($kinds)) {
            case 'group':
                return [[
                    '$result = [];',
                    'foreach ($items as $value) {',
                    sprintf("    \$bucket = '%s' . (\$value %% %d);", substr($this->word(), 0, 3), $r->int(2, 6)),
                    '    $result[$bucket] = ($result[$bucket] ?? 0) + $value;',
                    '}',
                    $r->pick(['ksort($result);', 'krsort($result);', 'asort($result);']),
                ], true];
            case 'mapfilter':
                $fn = $ctx['this'] ? 'fn' : 'static fn';
                return [[
                    '$result = array_values(array_filter(',
                    "    array_map($fn (int \$v): int => (\$v * $f + {$ctx['seed']}) % $m, \$items),",
                    '    static fn (int $v): bool => $v > ' . $r->int(0, 30) . ',',
                    '));',
                ], true];
            case 'unique':
                return [[
                    "\$result = array_unique(array_merge(\$items, {$ctx['limits']}));",
                    $r->pick(['sort($result);', 'rsort($result);']),
                    '$result = array_slice($result, 0, ' . $r->int(3, 9) . ');',
                ], true];
            case 'combine':
                return [[
                    sprintf("\$keys = array_map(static fn (int \$i): string => '%s_' . \$i, array_keys(\$items));", $this->word()),
                    '$result = array_combine($keys, $items);',
                    $r->pick(['arsort($result);', 'asort($result);', 'krsort($result);']),
                ], true];
            case 'generator':
                return [[
                    '$chunks = (static function (array $values): \Generator {',
                    sprintf('    foreach (array_chunk($values, %d) as $index => $chunk) {', $r->int(2, 4)),
                    "        yield 'chunk' . \$index => array_sum(\$chunk);",
                    '    }',
                    '})($items);',
                    '$result = iterator_to_array($chunks);',
                ], true];
            case 'records':
                return [[
                    '$rows = [];',
                    'foreach ($items as $i => $value) {',
                    sprintf("    \$rows[] = ['id' => \$i, 'score' => (\$value * %d) %% %d, 'name' => %s . \$i];", $r->int(3, 41), $m, $ctx['prefix']),
                    '}',
                    "usort(\$rows, static fn (array \$a, array \$b): int => [\$b['score'], \$a['id']] <=> [\$a['score'], \$b['id']]);",
                    "\$result = array_column(\$rows, 'score', 'name');",
                ], true];
            case 'counts':
                return [[
                    sprintf('$result = array_count_values(array_map(static fn (int $v): int => $v %% %d, $items));', $r->int(2, 7)),
                    'krsort($result);',
                    "\$result['total'] = array_sum(\$result);",
                ], true];
            case 'byref':
                return [[
                    '$result = $items;',
                    'foreach ($result as $i => &$value) {',
                    '    $value = ' . $this->clamp($ctx, '$value * ' . $r->int(2, 9) . ' - $i', '0', (string) $r->int(50, 999)) . ';',
                    '}',
                    'unset($value);',
                ], true];
            case 'pairs':
                return [[
                    '$result = [];',
                    'foreach (array_chunk($items, 2) as $pair) {',
                    '    [$first, $second] = $pair + [1 => 0];',
                    '    $result[] = $first * ' . $r->int(2, 13) . ' + $second;',
                    '}',
                ], true];
            case 'composite':
                [$a, $b] = $r->sample($ctx['arr'], 2);
                return [["\$result = array_merge($a(\$items), $b(array_reverse(\$items)));"], false];
            default: // lib
                return [[sprintf('$result = %s($items);', $r->pick($ctx['lib']['arr']))], false];
        }
    }

    private function extras(string $kind, array $ctx, int $count): array
    {
        $r = $this->r;
        $out = [];
        for ($i = 0; $i < $count; $i++) {
            $choice = $r->int(0, 3);
            if ($kind === 'int') {
                $out = array_merge($out, match ($choice) {
                    0 => [sprintf('$result = ($result * %d + %d) %% %d;', $r->int(2, 31), $r->int(0, 999), $r->int(97, 99991))],
                    1 => ['if ($result > ' . $r->int(100, 9000) . ') {', '    $result = intdiv($result, ' . $r->int(2, 7) . ');', '}'],
                    2 => ['$result += strlen((string) $result) * ' . $r->int(2, 19) . ';'],
                    default => ['$result = ' . $this->clamp($ctx, '$result', '0', (string) $r->int(10000, 999999)) . ';'],
                });
            } elseif ($kind === 'str') {
                $out = array_merge($out, match ($choice) {
                    0 => [sprintf("\$result = str_replace('%s', '%s', \$result);", $r->pick(['a', 'e', '-', ' ', 'o']), $r->pick(['4', '3', '_', '.', '0']))],
                    1 => ['if (strlen($result) > ' . ($k = $r->int(16, 80)) . ') {', "    \$result = substr(\$result, 0, $k) . '...';", '}'],
                    2 => [sprintf("\$result = trim(\$result) . '%s';", $r->pick([';', '.', ' #', ' ok']))],
                    default => [$r->pick(['$result = ucfirst($result);', '$result = strtolower($result);', '$result = ltrim($result, \'-_ \');'])],
                });
            } else {
                $out = array_merge($out, match ($choice) {
                    0 => [sprintf("\$result['n%d'] = count(\$result);", $r->int(1, 99))],
                    1 => ['$result = array_slice($result, 0, ' . $r->int(4, 12) . ', true);'],
                    2 => ['if (count($result) > ' . $r->int(2, 9) . ') {', '    array_pop($result);', '}'],
                    default => [$r->pick(['ksort($result);', 'krsort($result);'])],
                });
            }
        }
        return $out;
    }

    /** A pure method or function of the given kind: returns [signature, body lines, simple]. */
    private function pure(string $kind, string $name, array $ctx, int $extra, string $prefix = 'public function'): array
    {
        [$body, $simple] = match ($kind) {
            'int' => $this->intBody($ctx),
            'str' => $this->strBody($ctx),
            default => $this->arrBody($ctx),
        };
        $param = ['int' => 'int $n', 'str' => 'string $s', 'arr' => 'array $items'][$kind];
        $ret = ['int' => 'int', 'str' => 'string', 'arr' => 'array'][$kind];
        $body = array_merge($body, $this->extras($kind, $ctx, $extra), ['', 'return $result;']);
        return ["$prefix $name($param): $ret", $body, $simple];
    }

    // Folding a call's result into $acc (handle(), process(), the front script).
    private function fold(string $kind, string $call, string $acc = '$acc'): string
    {
        return match ($kind) {
            'int' => "$acc = ($acc * 31 + $call($acc % 97 + 1)) % " . MOD . ';',
            'str' => "$acc = ($acc + crc32($call('k' . $acc))) % " . MOD . ';',
            'arr' => "$acc = ($acc + crc32(json_encode($call([$acc % 11, $acc % 7, 3, 14, $acc % 23])))) % " . MOD . ';',
            'describe', 'cacheKey' => "$acc = ($acc + crc32($call())) % " . MOD . ';',
            'weight' => "$acc = ($acc * 31 + $call($acc % 97 + 1)) % " . MOD . ';',
            'toArray' => "$acc = ($acc + crc32(json_encode($call()))) % " . MOD . ';',
            'priority', 'version' => "$acc = ($acc * 31 + $call()) % " . MOD . ';',
            'supports' => "$acc = ($acc * 31 + ($call('t' . ($acc % 5)) ? 1 : 2)) % " . MOD . ';',
            'validate' => "$acc = ($acc + crc32(json_encode($call(['name' => 'n' . $acc, 'qty' => $acc % 13])))) % " . MOD . ';',
        };
    }

    private function contract(string $name, array $ctx, bool $doc): array
    {
        $r = $this->r;
        $label = $ctx['label'];
        [$sig, $body] = match ($name) {
            'describe' => ['public function describe(): string', [
                sprintf("return sprintf('%%s#%%d (%%s)', static::class, %s, %s);", $ctx['seed'], $label),
            ]],
            'weight' => (function () use ($ctx) {
                [, $body] = $this->pure('int', 'weight', $ctx, $this->r->int(0, 2));
                return ['public function weight(int $n): int', $body];
            })(),
            'toArray' => ['public function toArray(): array', [
                'return [',
                "    'class' => static::class,",
                "    'seed' => {$ctx['seed']},",
                "    'label' => $label,",
                "    'limits' => {$ctx['limits']},",
                '];',
            ]],
            'cacheKey' => ['public function cacheKey(): string', [
                sprintf("return strtolower(str_replace('\\\\', '.', static::class)) . '%s' . %s;", $r->pick(['.', ':', '/']), $ctx['seed']),
            ]],
            'priority' => ['public function priority(): int', [
                sprintf('return (%s * %d) %% %d + count(%s);', $ctx['seed'], $r->int(3, 17), $r->int(7, 31), $ctx['limits']),
            ]],
            'supports' => ['public function supports(string $type): bool', [
                sprintf("return in_array(\$type, ['t%d', 't%d', '%s'], true) || str_starts_with(\$type, %s);", $r->int(0, 4), $r->int(0, 4), $this->word(), $ctx['prefix']),
            ]],
            'validate' => ['public function validate(array $data): array', [
                '$errors = [];',
                "foreach (['name', 'qty', '" . $this->word() . "'] as \$field) {",
                '    if (!array_key_exists($field, $data)) {',
                "        \$errors[\$field] = 'missing';",
                "    } elseif (is_string(\$data[\$field]) && trim(\$data[\$field]) === '') {",
                "        \$errors[\$field] = 'empty';",
                '    }',
                '}',
                "if (isset(\$data['qty']) && is_int(\$data['qty']) && \$data['qty'] > " . ($max = $r->int(3, 11)) . ') {',
                "    \$errors['qty'] = sprintf('must be at most %d', $max);",
                '}',
                '',
                'return $errors;',
            ]],
            'version' => ['public function version(): int', ['return ' . $r->int(1, 9) . ';']],
        };
        return $this->method('    ', $sig, $body, $doc, '{@inheritDoc}');
    }

    private function contractsOf(string $iface): array
    {
        $e = $this->entities[$iface];
        return array_values(array_unique(array_merge($e['contracts'], $e['parent'] ? $this->contractsOf($e['parent']) : [])));
    }

    // ---- files ----------------------------------------------------------------------------------

    private function genInterface(array $e): string
    {
        $out = $this->header($e['ns'], $e['parent'] ? [$e['parent']] : [], [
            $e['short'] . ': contract of the ' . strtolower(substr($e['ns'], 4, strpos($e['ns'], '\\', 4) - 4)) . ' module.',
        ]);
        $out .= 'interface ' . $e['short'] . ($e['parent'] ? ' extends ' . $this->entities[$e['parent']]['short'] : '') . "\n{\n";
        $out .= '    public const ' . strtoupper(preg_replace('/(?<!^)([A-Z])/', '_$1', $e['short'])) . '_VERSION = ' . $this->r->int(1, 9) . ";\n";
        $sigs = [
            'describe' => 'public function describe(): string;',
            'weight' => 'public function weight(int $n): int;',
            'toArray' => 'public function toArray(): array;',
            'cacheKey' => 'public function cacheKey(): string;',
            'priority' => 'public function priority(): int;',
            'supports' => 'public function supports(string $type): bool;',
            'validate' => 'public function validate(array $data): array;',
            'version' => 'public function version(): int;',
        ];
        foreach ($e['contracts'] as $c) {
            $out .= "\n    /**\n     * " . ucfirst($c) . " of the implementation.\n     */\n    {$sigs[$c]}\n";
        }
        return $out . "}\n";
    }

    private function traitCtx(array $e): array
    {
        return [
            'this' => true, 'seed' => '$this->seed', 'label' => '$this->label',
            'factor' => (string) $this->r->int(3, 29), 'limits' => $this->intList(3, 1, 20),
            'prefix' => $this->lit(strtolower($e['short'])), 'counter' => '$this->hits' . $e['short'],
            'options' => null, 'clamp' => false, 'self' => 'static::class',
            'int' => [], 'str' => [], 'arr' => [], 'lib' => $this->libFunctions,
        ];
    }

    private function genTrait(array $e): string
    {
        $out = $this->header($e['ns'], [], [$e['short'] . ': shared behaviour; the using class has $seed and $label.']);
        $out .= 'trait ' . $e['short'] . "\n{\n";
        $out .= "    private array \$memo{$e['short']} = [];\n";
        $out .= "    private int \$hits{$e['short']} = 0;\n";
        $ctx = $this->traitCtx($e);
        $lines = [];
        foreach ($e['methods'] as $i => $m) {
            $lines[] = '';
            if ($i === 0 && $m['kind'] === 'int') {
                $lines = array_merge($lines, $this->method('    ', "public function {$m['name']}(int \$n): int", [
                    sprintf("\$key = 'k' . (\$n %% %d);", $this->r->int(5, 17)),
                    "if (isset(\$this->memo{$e['short']}[\$key])) {",
                    "    \$this->hits{$e['short']}++;",
                    '',
                    "    return \$this->memo{$e['short']}[\$key];",
                    '}',
                    sprintf('$value = ($n * %d + $this->seed) %% %d;', $this->r->int(3, 97), $this->r->int(101, 10007)),
                    "\$this->memo{$e['short']}[\$key] = \$value;",
                    '',
                    'return $value;',
                ], $this->r->chance(50), $m['name']));
                continue;
            }
            [$sig, $body] = $this->pure($m['kind'], $m['name'], $ctx, $this->r->int(0, 2));
            $lines = array_merge($lines, $this->method('    ', $sig, $body, $this->r->chance(50), $m['name']));
        }
        return $out . implode("\n", $lines) . "\n}\n";
    }

    private function genEnum(array $e): string
    {
        $r = $this->r;
        $out = $this->header($e['ns'], [], [$e['short'] . ': ' . implode(', ', array_map('strtolower', $e['cases'])) . '.']);
        $backing = $e['backing'];
        $out .= 'enum ' . $e['short'] . ($backing ? ": $backing" : '') . "\n{\n";
        foreach ($e['cases'] as $i => $case) {
            $value = match ($backing) {
                'int' => " = $i",
                'string' => ' = ' . $this->lit(strtolower($case)),
                default => '',
            };
            $out .= "    case $case$value;\n";
        }
        $out .= "\n    public const DEFAULT = self::{$e['cases'][0]};\n";
        $lines = [''];
        $lines = array_merge($lines, $this->method('    ', 'public static function fromSeed(int $seed): self', [
            $backing === 'int' ? 'return self::from($seed % count(self::cases()));' : 'return self::cases()[$seed % count(self::cases())];',
        ], $r->chance(50), 'The case for a seed, cycling through the cases.'));
        $match = ['return match ($this) {'];
        foreach ($e['cases'] as $case) {
            $match[] = "    self::$case => " . $this->lit(strtolower($case) . ($r->chance(30) ? ' ' . $this->word() : '')) . ',';
        }
        $match[] = '};';
        $lines[] = '';
        $lines = array_merge($lines, $this->method('    ', 'public function label(): string', $match, $r->chance(50), 'Human-readable label.'));
        $match = ['return match ($this) {'];
        $chunks = array_chunk($e['cases'], $r->int(1, 3));
        foreach ($chunks as $k => $chunk) {
            $match[] = '    ' . implode(', ', array_map(fn ($c) => "self::$c", $chunk)) . ' => ' . ($k * $r->int(2, 9) + 1) . ',';
        }
        $match[] = '};';
        $lines[] = '';
        $lines = array_merge($lines, $this->method('    ', 'public function weight(): int', $match, $r->chance(50), 'Sort weight of the case.'));
        $lines[] = '';
        $lines = array_merge($lines, $this->method('    ', 'public function isTerminal(): bool', [
            'return in_array($this, [' . implode(', ', array_map(fn ($c) => "self::$c", $r->sample($e['cases'], 2))) . '], true);',
        ], $r->chance(50), 'Whether no further transition follows.'));
        if ($r->chance(50)) {
            $lines[] = '';
            $lines = array_merge($lines, $this->method('    ', 'public static function options(): array', [
                '$options = [];',
                'foreach (self::cases() as $case) {',
                '    $options[$case->name] = $case->label();',
                '}',
                '',
                'return $options;',
            ], $r->chance(50), 'Labels by case name, for select boxes.'));
        }
        return $out . implode("\n", $lines) . "\n}\n";
    }

    private function classCtx(bool $abstract, array $intM = [], array $strM = [], array $arrM = []): array
    {
        return [
            'this' => true, 'seed' => '$this->seed', 'label' => '$this->label',
            'factor' => $abstract ? 'self::BASE_SCALE' : 'self::FACTOR',
            'limits' => $abstract ? 'self::BASE_LIMITS' : 'self::LIMITS',
            'prefix' => $abstract ? 'self::BASE_PREFIX' : 'self::PREFIX',
            'counter' => $abstract ? '$this->baseCounter' : '$this->calls',
            'options' => $abstract ? null : '$this->options', 'clamp' => true, 'self' => 'static::class',
            'int' => $intM, 'str' => $strM, 'arr' => $arrM, 'lib' => $this->libFunctions,
        ];
    }

    private function clampMethod(): array
    {
        return $this->method('    ', 'private static function clampValue(int $value, int $min, int $max): int', [
            'return max($min, min($max, $value));',
        ], false);
    }

    private function genAbstract(string $fqcn): string
    {
        $e = &$this->entities[$fqcn];
        $r = $this->r;
        $contracts = [];
        foreach ($e['interfaces'] as $iface) {
            $contracts = array_merge($contracts, $this->contractsOf($iface));
        }
        $contracts = array_values(array_unique($contracts));
        $e['contractsDone'] = $contracts;
        $out = $this->header($e['ns'], $e['interfaces'], [$e['short'] . ': common base of the ' . $this->words(substr($e['short'], 8)) . ' classes.']);
        $out .= 'abstract class ' . $e['short'];
        if ($e['interfaces']) {
            $out .= ' implements ' . implode(', ', array_map(fn ($i) => $this->entities[$i]['short'], $e['interfaces']));
        }
        $out .= "\n{\n";
        $out .= '    protected const BASE_SCALE = ' . $r->int(3, 23) . ";\n";
        $out .= '    protected const BASE_LIMITS = ' . $this->intList($r->int(2, 5), 1, 40) . ";\n";
        $out .= '    protected const BASE_PREFIX = ' . $this->lit(str_replace(' ', '_', $this->words(substr($e['short'], 8)))) . ";\n\n";
        $out .= "    protected int \$baseCounter = 0;\n";
        $out .= "    protected array \$baseCache = [];\n\n";
        $lines = $this->ctor([
            'protected int $seed = ' . $r->int(1, 9),
            'protected string $label = ' . $this->lit($this->words(substr($e['short'], 8))),
        ], []);
        $used = ['__construct' => true, 'clampvalue' => true, 'handle' => true, 'process' => true, 'create' => true];
        foreach (Words::CONTRACTS as $c) {
            $used[strtolower($c)] = true;
        }
        foreach ($e['abstractMethods'] as $am) {
            $used[strtolower($am['name'])] = true;
            $param = $am['kind'] === 'int' ? 'int $n): int' : 'string $s): string';
            $lines[] = '';
            $lines[] = "    abstract {$am['vis']} function {$am['name']}($param;";
        }
        $callables = [];
        // A template method calling the abstract ones.
        $evalName = $this->uniqueName($used, Words::ABSTRACT_VERBS, Words::METHOD_NOUNS, 'Score');
        $body = ['$this->baseCounter++;', '$result = $this->' . $e['abstractMethods'][0]['name'] . '($n % 61 + 1) * self::BASE_SCALE;'];
        if (isset($e['abstractMethods'][1])) {
            $am = $e['abstractMethods'][1];
            $body[] = $am['kind'] === 'int'
                ? "\$result += \$this->{$am['name']}(\$n % 37 + 2);"
                : "\$result += strlen(\$this->{$am['name']}('v' . \$n));";
        }
        $body[] = '';
        $body[] = 'return ($result + $this->baseCounter) % 100003;';
        $lines[] = '';
        $lines = array_merge($lines, $this->method('    ', "public function $evalName(int \$n): int", $body, true, $evalName));
        $callables[] = ['call' => '$this->' . $evalName, 'kind' => 'int'];
        foreach ($contracts as $c) {
            $lines[] = '';
            $lines = array_merge($lines, $this->contract($c, $this->classCtx(true), $r->chance(40)));
        }
        $simple = ['int' => [], 'str' => [], 'arr' => []];
        for ($k = $r->int(3, 7); $k > 0; $k--) {
            $kind = $r->pick(['int', 'int', 'str', 'arr']);
            $name = $this->uniqueName($used, Words::VERBS, Words::METHOD_NOUNS);
            $vis = $r->pick(['public', 'protected']);
            [$sig, $body, $isSimple] = $this->pure($kind, $name, $this->classCtx(true, $simple['int'], $simple['str'], $simple['arr']), $r->int(0, 2), "$vis function");
            $lines[] = '';
            $lines = array_merge($lines, $this->method('    ', $sig, $body, $r->chance(45), $name));
            if ($isSimple) {
                $simple[$kind][] = '$this->' . $name;
            }
            $callables[] = ['call' => '$this->' . $name, 'kind' => $kind];
        }
        $lines[] = '';
        $lines = array_merge($lines, $this->clampMethod());
        $e['usedNames'] = $used;
        $e['callables'] = $callables;
        unset($e);
        return $out . implode("\n", $lines) . "\n}\n";
    }

    private function genClass(string $fqcn, int $budget): string
    {
        $e = $this->entities[$fqcn];
        $r = $this->r;
        $parent = $e['parent'] ? $this->entities[$e['parent']] : null;
        $used = $parent ? $parent['usedNames'] : [];
        foreach (['__construct', 'clampValue', 'handle', 'process', 'create'] as $n) {
            $used[strtolower($n)] = true;
        }
        foreach (Words::CONTRACTS as $c) {
            $used[strtolower($c)] = true;
        }
        $callables = $parent ? $parent['callables'] : [];
        foreach ($e['traits'] as $t) {
            foreach ($this->entities[$t]['methods'] as $m) {
                $used[strtolower($m['name'])] = true;
                $callables[] = ['call' => '$this->' . $m['name'], 'kind' => $m['kind']];
            }
        }
        $contracts = [];
        foreach ($e['interfaces'] as $iface) {
            $contracts = array_merge($contracts, $this->contractsOf($iface));
        }
        $contracts = array_values(array_diff(array_unique($contracts), $parent['contractsDone'] ?? []));
        foreach (array_merge($contracts, $parent['contractsDone'] ?? []) as $c) {
            $callables[] = ['call' => '$this->' . $c, 'kind' => $c];
        }

        $uses = array_merge($e['parent'] ? [$e['parent']] : [], $e['interfaces'], $e['traits'], $e['collabs'], $e['processEnums']);
        $words = $this->words($e['short']);

        // Fixed parts: head, constructor, create(), then the methods; handle() and process() are
        // written last (they call the others) but placed first.
        $head = ($e['final'] ? 'final ' : '') . 'class ' . $e['short'];
        if ($parent) {
            $head .= ' extends ' . $parent['short'];
        }
        if ($e['interfaces']) {
            $head .= ' implements ' . implode(', ', array_map(fn ($i) => $this->entities[$i]['short'], $e['interfaces']));
        }
        $top = [$head, '{'];
        foreach ($e['traits'] as $t) {
            $top[] = '    use ' . $this->entities[$t]['short'] . ';';
        }
        if ($e['traits']) {
            $top[] = '';
        }
        $top[] = '    public const PREFIX = ' . $this->lit(str_replace(' ', '_', $words)) . ';';
        $top[] = '    private const FACTOR = ' . $r->int(3, 29) . ';';
        $top[] = '    protected const LIMITS = ' . $this->intList($r->int(2, 6), 1, 50) . ';';
        $top[] = '';
        $top[] = '    private int $calls = 0;';
        $props = ['private ?string $lastKey = null;', 'private array $cache = [];', 'private bool $ready = false;',
            'protected float $ratio = ' . $r->int(1, 9) . '.' . $r->int(1, 9) . ';'];
        $chosen = $r->sample($props, $r->int(1, 4));
        $chosen[] = 'private ?int $lastValue = null;';
        foreach ($chosen as $p) {
            $top[] = "    $p";
        }
        $top[] = '    private static int $instances = 0;';
        $top[] = '';
        $options = sprintf("['mode' => %s, 'retries' => %d, %s => %s]", $this->lit($r->pick(['strict', 'lenient', 'fast', 'safe'])), $r->int(1, 5), $this->lit($this->word()), $this->lit($this->word()));
        if ($parent) {
            $ctor = $this->ctor(['int $seed = ' . $r->int(1, 9), "private array \$options = $options"], [
                "parent::__construct(\$seed, '$words');",
                '$this->name = static::class;',
                'self::$instances++;',
            ]);
        } else {
            $ctor = $this->ctor(['protected int $seed = ' . $r->int(1, 9), "protected string \$label = '$words'", "private array \$options = $options"], [
                '$this->name = static::class;',
                'self::$instances++;',
            ]);
        }
        $top[] = '    public readonly string $name;';
        $top[] = '';
        $top = array_merge($top, $ctor);
        $top[] = '';
        $top = array_merge($top, $this->method('    ', 'public static function create(int $seed = 1): static', ['return new static($seed);'], $r->chance(50), 'Named constructor.'));

        $methods = [];
        $nMethods = 5;
        foreach ($parent['abstractMethods'] ?? [] as $am) {
            $ctx = $this->classCtx(false);
            [, $body] = $this->pure($am['kind'], $am['name'], $ctx, $r->int(0, 2));
            $param = $am['kind'] === 'int' ? 'int $n): int' : 'string $s): string';
            $methods[] = $this->method('    ', "{$am['vis']} function {$am['name']}($param", $body, $r->chance(40), $am['name']);
            $nMethods++;
        }
        foreach ($contracts as $c) {
            $methods[] = $this->contract($c, $this->classCtx(false), $r->chance(40));
            $nMethods++;
        }

        $fixed = count($top) + 60 + 6 * count($e['traits']);
        $lines = $fixed + array_sum(array_map('count', $methods));
        $avail = max(0, $budget - $lines);
        $want = max(10 - $nMethods, min(30 - $nMethods, (int) round($avail / 13)));
        $extra = $want > 0 ? max(0, (int) round(($avail / $want - 13) / 1.6)) : 0;
        $simple = ['int' => [], 'str' => [], 'arr' => []];
        $own = [];
        $refs = array_values(array_diff(array_keys($this->entities), [$fqcn]));
        while ($nMethods < 30 && ($nMethods < 10 || $lines < $budget)) {
            if ($r->chance(28) && $refs) {
                $m = $this->external($r->pick($refs), $used, $uses);
                if ($m === null) {
                    continue;
                }
            } else {
                $kind = $r->pick(['int', 'int', 'str', 'str', 'arr']);
                $name = $this->uniqueName($used, Words::VERBS, Words::METHOD_NOUNS);
                $vis = $r->pick(['public', 'public', 'private', 'protected']);
                $ctx = $this->classCtx(false, $simple['int'], $simple['str'], $simple['arr']);
                [$sig, $body, $isSimple] = $this->pure($kind, $name, $ctx, max(0, $extra + $r->int(-1, 1)), "$vis function");
                $m = $this->method('    ', $sig, $body, $r->chance(45), $name);
                if ($isSimple) {
                    $simple[$kind][] = '$this->' . $name;
                }
                $own[] = ['call' => '$this->' . $name, 'kind' => $kind];
            }
            $methods[] = $m;
            $lines += count($m) + 1;
            $nMethods++;
        }

        // process(): own simple methods, an enum, a library function; handle(): process(), a few
        // of the class's methods, and the process() of its collaborators.
        $ownSimple = array_merge(
            array_map(fn ($c) => ['call' => $c, 'kind' => 'int'], $simple['int']),
            array_map(fn ($c) => ['call' => $c, 'kind' => 'str'], $simple['str']),
            array_map(fn ($c) => ['call' => $c, 'kind' => 'arr'], $simple['arr']),
        );
        $p = ['$result = ($n * self::FACTOR + $this->seed) % ' . MOD . ';'];
        foreach ($r->sample($ownSimple, $r->int(2, 4)) as $c) {
            $p[] = $this->fold($c['kind'], $c['call'], '$result');
        }
        foreach ($e['processEnums'] as $enum) {
            $short = $this->entities[$enum]['short'];
            $p[] = "\$status = $short::fromSeed(\$result);";
            $p[] = '$result = ($result + $status->weight() * ' . $r->int(3, 13) . ' + strlen($status->label())) % ' . MOD . ';';
        }
        if ($this->libFunctions['str'] && $r->chance(50)) {
            $p[] = $this->fold('str', $r->pick($this->libFunctions['str']), '$result');
        }
        $p[] = '$this->calls++;';
        $p[] = '';
        $p[] = 'return $result;';
        $h = ['$acc = ($seed * ' . $r->int(3, 31) . ' + $this->seed) % ' . MOD . ';', '$acc = ($acc * 31 + $this->process($acc % 89 + 1)) % ' . MOD . ';'];
        foreach ($r->sample(array_merge($callables, $own), $r->int(3, 6)) as $c) {
            $h[] = $this->fold($c['kind'], $c['call']);
        }
        foreach ($e['collabs'] as $k => $collab) {
            $short = $this->entities[$collab]['short'];
            $h[] = $k % 2 === 0
                ? "\$acc = (\$acc * 31 + (new $short(\$acc % 7 + 1))->process(\$acc % 53 + 1)) % " . MOD . ';'
                : "\$acc = (\$acc * 31 + $short::create(\$acc % 5 + 1)->process(\$acc % 41 + 1)) % " . MOD . ';';
        }
        $h[] = '';
        $h[] = 'return $acc;';
        $top[] = '';
        $top = array_merge($top, $this->method('    ', 'public function handle(int $seed): int', $h, true, 'Entry point: runs the main work of this service and of its collaborators.'));
        $top[] = '';
        $top = array_merge($top, $this->method('    ', 'public function process(int $n): int', $p, true, 'Processes one value; called by other services.'));

        $order = $r->shuffle(array_keys($methods));
        foreach ($order as $k) {
            $top[] = '';
            $top = array_merge($top, $methods[$k]);
        }
        $top[] = '';
        $top = array_merge($top, $this->clampMethod());
        $top[] = '}';
        $doc = [ucfirst($words) . ' of the ' . strtolower(explode('\\', $e['ns'])[1]) . ' module.'];
        if ($r->chance(50)) {
            $doc[] = '';
            $doc[] = 'Generated for the cold-start benchmark; handle() is its entry point.';
        }
        $this->classCount++;
        return $this->header($e['ns'], array_unique($uses), $doc) . implode("\n", $top) . "\n";
    }

    /** A method referring to another class, interface or enum (never run by the front script). */
    private function external(string $target, array &$used, array &$uses): ?array
    {
        $r = $this->r;
        $t = $this->entities[$target];
        $short = $t['short'];
        switch ($t['kind']) {
            case 'class':
                $uses[] = $target;
                if ($r->chance(50)) {
                    $name = $this->uniqueName($used, ['combineWith', 'delegateTo', 'syncWith', 'forwardTo', 'compareWith'], [$short]);
                    return $this->method('    ', "public function $name(?$short \$other = null): int", [
                        "\$other ??= $short::create(\$this->seed % 9 + 1);",
                        '$result = $other->process($this->seed % 31 + 1);',
                        '$this->lastValue = $result;',
                        '',
                        'return ($result + $this->calls) % ' . $r->int(97, 9973) . ';',
                    ], $r->chance(50), "Works with $short.");
                }
                $name = $this->uniqueName($used, ['dispatchTo', 'fanOutTo', 'broadcastTo'], [$short]);
                return $this->method('    ', "public function $name(array \$seeds): array", [
                    '$handlers = [',
                    sprintf("    'primary' => new %s(%d),", $short, $r->int(1, 9)),
                    sprintf("    'secondary' => %s::create(%d),", $short, $r->int(1, 9)),
                    '];',
                    '$result = [];',
                    'foreach ($handlers as $key => $handler) {',
                    '    foreach ($seeds as $seed) {',
                    '        $result[$key][] = $handler->process((int) $seed % 17 + 1);',
                    '    }',
                    '}',
                    '',
                    'return $result;',
                ], $r->chance(50), "Works with $short.");
            case 'enum':
                $uses[] = $target;
                $name = $this->uniqueName($used, ['statusOf', 'describe', 'labelFor', 'classify'], [$short]);
                return $this->method('    ', "public function $name(int \$n): string", [
                    "\$status = $short::fromSeed(\$n + \$this->seed);",
                    'if ($status->isTerminal()) {',
                    "    return 'final:' . \$status->label();",
                    '}',
                    '',
                    "return sprintf('%s:%d', \$status->label(), \$status->weight());",
                ], $r->chance(50), "Works with $short.");
            case 'interface':
            case 'abstract':
                $uses[] = $target;
                $name = $this->uniqueName($used, ['only', 'select', 'keep'], [preg_replace('/Interface$/', '', $short) . 's']);
                return $this->method('    ', "public function $name(iterable \$candidates): array", [
                    '$result = [];',
                    'foreach ($candidates as $key => $candidate) {',
                    "    if (\$candidate instanceof $short) {",
                    '        $result[$key] = get_class($candidate);',
                    '    }',
                    '}',
                    '',
                    'return $result;',
                ], $r->chance(50), "Works with $short.");
            default:
                return null;
        }
    }

    private function genLibFile(int $i): void
    {
        $r = $this->r;
        $topic = Words::LIB_TOPICS[$i % count(Words::LIB_TOPICS)] . ($i >= count(Words::LIB_TOPICS) ? (string) intdiv($i, count(Words::LIB_TOPICS)) : '');
        $global = $i % 4 === 3;
        $ns = 'App\\Support\\' . ucfirst(preg_replace('/\d+$/', '', $topic)) . (preg_match('/\d+$/', $topic, $mm) ? $mm[0] : '');
        $path = "lib/$topic.php";
        $this->libFiles[] = "lib/$topic";
        $out = "<?php\n\ndeclare(strict_types=1);\n\n";
        if (!$global) {
            $out .= "namespace $ns;\n\n";
        }
        $out .= "/*\n * Helper functions: $topic." . ($global ? ' Global, declared only when not already defined.' : '') . "\n */\n";
        $ctx = [
            'this' => false, 'seed' => (string) $r->int(1, 99), 'label' => $this->lit($topic),
            'factor' => (string) $r->int(3, 29), 'limits' => $this->intList(3, 1, 30),
            'prefix' => $this->lit(substr($topic, 0, 3)), 'counter' => null, 'options' => null,
            'clamp' => false, 'self' => '__FUNCTION__', 'int' => [], 'str' => [], 'arr' => [],
            'lib' => ['int' => [], 'str' => [], 'arr' => []],
        ];
        $used = [];
        $budget = (int) ($this->lineTarget / $this->fileTarget * $r->int(80, 160) / 100);
        $lines = 0;
        $blocks = [];
        $n = 0;
        while ($n < 4 || ($lines < $budget && $n < 25)) {
            $kind = $r->pick(['int', 'str', 'str', 'arr']);
            $name = ($global ? 'app_' : '') . strtolower($this->uniqueName($used, array_map(fn ($v) => $v . '_', Words::LIB_VERBS), Words::LIB_NOUNS));
            $name = $global ? $name . '_' . $topic : $name;
            [$sig, $body, $simple] = $this->pure($kind, $name, $ctx, $r->int(0, 2), 'function');
            $fn = $this->method('', $sig, $body, $r->chance(50), str_replace('_', '', ucwords(preg_replace('/^app_/', '', $name), '_')));
            if ($global) {
                $fn = array_merge(["if (!function_exists('$name')) {"], $this->indent($fn), ['}']);
            }
            $blocks[] = implode("\n", $fn);
            $lines += count($fn) + 1;
            $n++;
            if ($simple) {
                $ctx[$kind][] = $name;
            }
            $this->libFunctions[$kind][] = $global ? "\\$name" : "\\$ns\\$name";
        }
        $this->files[$path] = $out . "\n" . implode("\n\n", $blocks) . "\n";
    }

    private function genAutoload(): string
    {
        $files = implode("\n", array_map(fn ($f) => "    '$f',", $this->libFiles));
        return <<<PHP
        <?php

        declare(strict_types=1);

        /*
         * PSR-4 autoloader of the synthetic application: App\\X\\Y is src/X/Y.<APP_EXT>, where
         * APP_EXT is "php" (sources) or "phpo" (phpovm images compiled next to them). The front
         * script defines APP_EXT; otherwise it comes from the environment variable APP_EXT.
         */

        if (!defined('APP_EXT')) {
            define('APP_EXT', getenv('APP_EXT') ?: 'php');
        }

        spl_autoload_register(static function (string \$class): void {
            if (!str_starts_with(\$class, 'App\\\\')) {
                return;
            }
            \$file = __DIR__ . '/src/' . str_replace('\\\\', '/', substr(\$class, 4)) . '.' . APP_EXT;
            if (is_file(\$file)) {
                require \$file;
            }
        });

        // Helper functions, loaded on every request (composer's "files").
        foreach ([
        $files
        ] as \$helper) {
            require __DIR__ . '/' . \$helper . '.' . APP_EXT;
        }

        PHP;
    }

    private function genIndex(array $entries, int $nSrc): string
    {
        $list = implode("\n", array_map(fn ($c) => "    \\$c::class,", $entries));
        $total = count($this->files) + 1;
        $lines = $this->countLines();
        $libCalls = [];
        foreach (['str', 'int'] as $kind) {
            if ($this->libFunctions[$kind]) {
                $libCalls[] = $this->fold($kind, $this->r->pick($this->libFunctions[$kind]), '$checksum');
            }
        }
        $libCalls = implode("\n", $libCalls);
        return <<<PHP
        <?php

        declare(strict_types=1);

        /*
         * Front script of the synthetic cold-start application generated by
         * bench/coldstart/generate.php ($total files). It loads about a quarter of the $nSrc
         * classes, interfaces, traits and enums under src/ through the autoloader, runs a few
         * methods of each and prints a checksum.
         *
         * APP_EXT (php or phpo) is the environment variable APP_EXT, else "phpo" when this script
         * runs as index.phpo, else "php".
         */

        if (!defined('APP_EXT')) {
            \$ext = getenv('APP_EXT');
            if (\$ext === false || \$ext === '') {
                \$ext = str_ends_with((string) (\$_SERVER['SCRIPT_FILENAME'] ?? ''), '.phpo') ? 'phpo' : 'php';
            }
            define('APP_EXT', \$ext);
        }

        require __DIR__ . '/autoload.' . APP_EXT;

        \$services = [
        $list
        ];

        \$checksum = 17;
        foreach (\$services as \$i => \$class) {
            \$service = new \$class(\$i % 9 + 1);
            \$checksum = (\$checksum * 31 + \$service->handle(\$i + 1)) % 1000000007;
        }
        $libCalls

        \$loaded = 0;
        foreach ([get_declared_classes(), get_declared_interfaces(), get_declared_traits()] as \$names) {
            foreach (\$names as \$name) {
                if (str_starts_with(\$name, 'App\\\\')) {
                    \$loaded++;
                }
            }
        }
        printf("services: %d\\n", count(\$services));
        printf("loaded: %d of $nSrc classes, interfaces, traits and enums\\n", \$loaded);
        printf("files included: %d\\n", count(get_included_files()));
        printf("checksum: %08x\\n", \$checksum);

        // For bench/coldstart/run: which files this request included (images or sources).
        \$trace = getenv('APP_TRACE_INCLUDES');
        if (\$trace !== false && \$trace !== '') {
            file_put_contents(\$trace, implode("\\n", get_included_files()) . "\\n");
        }

        PHP;
    }
}

// ---- main ---------------------------------------------------------------------------------------

function fail(string $message): never
{
    fwrite(STDERR, "generate.php: $message\n");
    exit(2);
}

function remove_tree(string $dir): void
{
    foreach (scandir($dir) ?: [] as $entry) {
        if ($entry === '.' || $entry === '..') {
            continue;
        }
        $path = "$dir/$entry";
        if (is_dir($path) && !is_link($path)) {
            remove_tree($path);
            rmdir($path) || fail("cannot remove $path");
        } else {
            unlink($path) || fail("cannot remove $path");
        }
    }
}

if ($argc < 2 || $argc > 4 || in_array($argv[1], ['-h', '--help'], true)) {
    fwrite(STDERR, "usage: php -n generate.php OUTDIR [FILES=500] [LINES=100000]\n");
    exit($argc < 2 || $argc > 4 ? 2 : 0);
}
$outdir = rtrim($argv[1], '/');
if ($outdir === '') {
    $outdir = '/';
}
foreach ([2 => 500, 3 => 100000] as $i => $default) {
    if (isset($argv[$i]) && !preg_match('/^[1-9][0-9]*$/', $argv[$i])) {
        fail("FILES and LINES must be positive integers, got '{$argv[$i]}'");
    }
}
$files = (int) ($argv[2] ?? 500);
$lines = (int) ($argv[3] ?? 100000);
if ($files < 20) {
    fail("FILES must be at least 20, got $files");
}
if ($lines < $files * 20) {
    fail("LINES must be at least 20 per file (" . ($files * 20) . "), got $lines");
}

if (is_dir($outdir)) {
    $entries = array_diff(scandir($outdir) ?: [], ['.', '..']);
    if ($entries && !is_file("$outdir/.coldstart-app")) {
        fail("$outdir is not empty and was not written by generate.php (no .coldstart-app); refusing to overwrite it");
    }
    remove_tree($outdir);
} elseif (file_exists($outdir)) {
    fail("$outdir exists and is not a directory");
} elseif (!mkdir($outdir, 0777, true)) {
    fail("cannot create $outdir");
}

$gen = new AppGenerator($files, $lines);
$out = $gen->generate();
foreach ($out as $path => $code) {
    $full = "$outdir/$path";
    if (!is_dir(dirname($full)) && !mkdir(dirname($full), 0777, true)) {
        fail('cannot create ' . dirname($full));
    }
    if (file_put_contents($full, $code) !== strlen($code)) {
        fail("cannot write $full");
    }
}
file_put_contents("$outdir/.coldstart-app", "generated by bench/coldstart/generate.php $files $lines\n");
printf("generated %d files, %d lines in %s\n", count($out), $gen->countLines(), $outdir);
