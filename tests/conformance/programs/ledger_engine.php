<?php
// A small spreadsheet / ledger engine written procedurally: a tokenizer, a
// recursive-descent parser producing array ASTs, an evaluator with variables,
// builtin and user-defined functions, cell references with cycle detection,
// error reporting with exceptions, a CSV importer over heredoc data, and a
// report generator printing formatted tables.
// Uses closures, static variables, references, named arguments, spread,
// match, try/catch/finally. No class declarations, no generators.

const TK_NUM = 'NUM';
const TK_STR = 'STR';
const TK_IDENT = 'IDENT';
const TK_CELL = 'CELL';
const TK_OP = 'OP';
const TK_LP = 'LP';
const TK_RP = 'RP';
const TK_COMMA = 'COMMA';
const TK_COLON = 'COLON';
const TK_EOF = 'EOF';

const ERR_SYNTAX = 1;
const ERR_NAME = 2;
const ERR_VALUE = 3;
const ERR_DIV0 = 4;
const ERR_REF = 5;
const ERR_CYCLE = 6;
const ERR_ARITY = 7;

// ---------------------------------------------------------------------------
// Section helpers
// ---------------------------------------------------------------------------

function section(string $title): void
{
    static $n = 0;
    $n++;
    $label = sprintf("%02d. %s", $n, $title);
    echo "\n", $label, "\n", str_repeat('=', strlen($label)), "\n";
}

function note(string $fmt, mixed ...$args): void
{
    static $count = 0;
    $count++;
    vprintf("  [%03d] " . $fmt . "\n", [$count, ...$args]);
}

function engine_error(int $code, string $message, int $pos = -1): Throwable
{
    $prefix = match ($code) {
        ERR_SYNTAX => '#SYNTAX',
        ERR_NAME => '#NAME?',
        ERR_VALUE => '#VALUE!',
        ERR_DIV0 => '#DIV/0!',
        ERR_REF => '#REF!',
        ERR_CYCLE => '#CYCLE!',
        ERR_ARITY => '#ARITY',
        default => '#ERR',
    };
    $text = $pos >= 0 ? "$prefix $message (at offset $pos)" : "$prefix $message";
    return match (true) {
        $code === ERR_SYNTAX => new InvalidArgumentException($text, $code),
        $code === ERR_DIV0 => new DivisionByZeroError($text, $code),
        $code === ERR_REF, $code === ERR_CYCLE => new LogicException($text, $code),
        default => new RuntimeException($text, $code),
    };
}

// ---------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------

function is_digit(string $c): bool
{
    return $c !== '' && $c >= '0' && $c <= '9';
}

function is_ident_start(string $c): bool
{
    return $c !== '' && (($c >= 'a' && $c <= 'z') || ($c >= 'A' && $c <= 'Z') || $c === '_');
}

function is_ident_char(string $c): bool
{
    return is_ident_start($c) || is_digit($c) || $c === '.';
}

function tokenize(string $src): array
{
    $tokens = [];
    $len = strlen($src);
    $i = 0;
    while ($i < $len) {
        $c = $src[$i];
        if ($c === ' ' || $c === "\t" || $c === "\n") {
            $i++;
            continue;
        }
        $start = $i;
        if (is_digit($c) || ($c === '.' && $i + 1 < $len && is_digit($src[$i + 1]))) {
            $seenDot = false;
            $seenExp = false;
            while ($i < $len) {
                $d = $src[$i];
                if (is_digit($d)) {
                    $i++;
                } elseif ($d === '.' && !$seenDot && !$seenExp) {
                    $seenDot = true;
                    $i++;
                } elseif (($d === 'e' || $d === 'E') && !$seenExp && $i + 1 < $len
                    && (is_digit($src[$i + 1]) || (($src[$i + 1] === '-' || $src[$i + 1] === '+') && $i + 2 < $len && is_digit($src[$i + 2])))) {
                    $seenExp = true;
                    $i += 2;
                } else {
                    break;
                }
            }
            $text = substr($src, $start, $i - $start);
            $value = ($seenDot || $seenExp) ? (float)$text : (int)$text;
            $tokens[] = ['type' => TK_NUM, 'value' => $value, 'pos' => $start];
            continue;
        }
        if ($c === '"') {
            $i++;
            $buf = '';
            $closed = false;
            while ($i < $len) {
                $d = $src[$i];
                if ($d === '\\' && $i + 1 < $len) {
                    $next = $src[$i + 1];
                    $buf .= match ($next) {
                        'n' => "\n",
                        't' => "\t",
                        default => $next,
                    };
                    $i += 2;
                    continue;
                }
                if ($d === '"') {
                    $closed = true;
                    $i++;
                    break;
                }
                $buf .= $d;
                $i++;
            }
            if (!$closed) {
                throw engine_error(ERR_SYNTAX, 'unterminated string', $start);
            }
            $tokens[] = ['type' => TK_STR, 'value' => $buf, 'pos' => $start];
            continue;
        }
        if (is_ident_start($c) || ($c === '$' && $i + 1 < $len && is_ident_start($src[$i + 1]))) {
            $i++;
            while ($i < $len && (is_ident_char($src[$i]) || $src[$i] === '$')) {
                $i++;
            }
            $word = substr($src, $start, $i - $start);
            if (preg_match('/^\$?([A-Z]{1,2})\$?([0-9]{1,4})$/', $word, $m)) {
                $tokens[] = ['type' => TK_CELL, 'value' => $m[1] . $m[2], 'pos' => $start];
            } else {
                $tokens[] = ['type' => TK_IDENT, 'value' => $word, 'pos' => $start];
            }
            continue;
        }
        $two = substr($src, $i, 2);
        if (in_array($two, ['<=', '>=', '<>', '==', '!=', '&&', '||', '**'], true)) {
            $tokens[] = ['type' => TK_OP, 'value' => $two === '**' ? '^' : $two, 'pos' => $start];
            $i += 2;
            continue;
        }
        $type = match ($c) {
            '(' => TK_LP,
            ')' => TK_RP,
            ',' => TK_COMMA,
            ':' => TK_COLON,
            '+', '-', '*', '/', '%', '^', '<', '>', '=', '&', '!' => TK_OP,
            default => null,
        };
        if ($type === null) {
            throw engine_error(ERR_SYNTAX, "unexpected character '$c'", $i);
        }
        $tokens[] = ['type' => $type, 'value' => $c, 'pos' => $start];
        $i++;
    }
    $tokens[] = ['type' => TK_EOF, 'value' => null, 'pos' => $len];
    return $tokens;
}

function token_summary(array $tokens): string
{
    $parts = [];
    foreach ($tokens as $t) {
        if ($t['type'] === TK_EOF) {
            $parts[] = 'EOF';
            continue;
        }
        $v = is_string($t['value']) ? $t['value'] : var_export($t['value'], true);
        $parts[] = $t['type'] . '(' . $v . ')';
    }
    return implode(' ', $parts);
}

// ---------------------------------------------------------------------------
// Parser: state is an array passed by reference
// ---------------------------------------------------------------------------

function p_peek(array &$st): array
{
    return $st['tokens'][$st['i']];
}

function p_next(array &$st): array
{
    $t = $st['tokens'][$st['i']];
    if ($t['type'] !== TK_EOF) {
        $st['i']++;
    }
    return $t;
}

function p_accept(array &$st, string $type, ?string $value = null): ?array
{
    $t = p_peek($st);
    if ($t['type'] === $type && ($value === null || $t['value'] === $value)) {
        return p_next($st);
    }
    return null;
}

function p_expect(array &$st, string $type, ?string $value = null): array
{
    $t = p_accept($st, $type, $value);
    if ($t === null) {
        $got = p_peek($st);
        $want = $value ?? $type;
        $have = $got['type'] === TK_EOF ? 'end of input' : "'" . $got['value'] . "'";
        throw engine_error(ERR_SYNTAX, "expected $want, found $have", $got['pos']);
    }
    return $t;
}

function parse_formula(string $src): array
{
    $st = ['tokens' => tokenize($src), 'i' => 0, 'depth' => 0];
    $ast = parse_or($st);
    $end = p_peek($st);
    if ($end['type'] !== TK_EOF) {
        throw engine_error(ERR_SYNTAX, "trailing input '" . $end['value'] . "'", $end['pos']);
    }
    return $ast;
}

function parse_or(array &$st): array
{
    $left = parse_and($st);
    while (p_accept($st, TK_OP, '||')) {
        $left = ['k' => 'bin', 'op' => '||', 'l' => $left, 'r' => parse_and($st)];
    }
    return $left;
}

function parse_and(array &$st): array
{
    $left = parse_cmp($st);
    while (p_accept($st, TK_OP, '&&')) {
        $left = ['k' => 'bin', 'op' => '&&', 'l' => $left, 'r' => parse_cmp($st)];
    }
    return $left;
}

function parse_cmp(array &$st): array
{
    $left = parse_concat($st);
    $ops = ['=', '==', '<>', '!=', '<', '>', '<=', '>='];
    while (true) {
        $t = p_peek($st);
        if ($t['type'] !== TK_OP || !in_array($t['value'], $ops, true)) {
            return $left;
        }
        p_next($st);
        $op = match ($t['value']) {
            '==' => '=',
            '!=' => '<>',
            default => $t['value'],
        };
        $left = ['k' => 'bin', 'op' => $op, 'l' => $left, 'r' => parse_concat($st)];
    }
}

function parse_concat(array &$st): array
{
    $left = parse_add($st);
    while (p_accept($st, TK_OP, '&')) {
        $left = ['k' => 'bin', 'op' => '&', 'l' => $left, 'r' => parse_add($st)];
    }
    return $left;
}

function parse_add(array &$st): array
{
    $left = parse_mul($st);
    while (true) {
        $t = p_peek($st);
        if ($t['type'] === TK_OP && ($t['value'] === '+' || $t['value'] === '-')) {
            p_next($st);
            $left = ['k' => 'bin', 'op' => $t['value'], 'l' => $left, 'r' => parse_mul($st)];
            continue;
        }
        return $left;
    }
}

function parse_mul(array &$st): array
{
    $left = parse_unary($st);
    while (true) {
        $t = p_peek($st);
        if ($t['type'] === TK_OP && in_array($t['value'], ['*', '/', '%'], true)) {
            p_next($st);
            $left = ['k' => 'bin', 'op' => $t['value'], 'l' => $left, 'r' => parse_unary($st)];
            continue;
        }
        return $left;
    }
}

function parse_unary(array &$st): array
{
    $t = p_peek($st);
    if ($t['type'] === TK_OP && in_array($t['value'], ['-', '+', '!'], true)) {
        p_next($st);
        return ['k' => 'un', 'op' => $t['value'], 'e' => parse_unary($st)];
    }
    return parse_pow($st);
}

function parse_pow(array &$st): array
{
    $base = parse_postfix($st);
    if (p_accept($st, TK_OP, '^')) {
        // right associative, exponent may carry a unary sign
        $exp = parse_unary($st);
        return ['k' => 'bin', 'op' => '^', 'l' => $base, 'r' => $exp];
    }
    return $base;
}

function parse_postfix(array &$st): array
{
    $node = parse_primary($st);
    // a trailing '%' directly followed by end, ')' or ',' is a percent suffix
    $t = p_peek($st);
    if ($t['type'] === TK_OP && $t['value'] === '%') {
        $after = $st['tokens'][$st['i'] + 1]['type'];
        if (in_array($after, [TK_EOF, TK_RP, TK_COMMA], true)) {
            p_next($st);
            $node = ['k' => 'bin', 'op' => '/', 'l' => $node, 'r' => ['k' => 'num', 'v' => 100]];
        }
    }
    return $node;
}

function parse_primary(array &$st): array
{
    $st['depth']++;
    try {
        if ($st['depth'] > 60) {
            throw engine_error(ERR_SYNTAX, 'expression nested too deeply', p_peek($st)['pos']);
        }
        $t = p_next($st);
        switch ($t['type']) {
            case TK_NUM:
                return ['k' => 'num', 'v' => $t['value']];
            case TK_STR:
                return ['k' => 'str', 'v' => $t['value']];
            case TK_CELL:
                if (p_accept($st, TK_COLON)) {
                    $end = p_expect($st, TK_CELL);
                    return ['k' => 'range', 'from' => $t['value'], 'to' => $end['value']];
                }
                return ['k' => 'cell', 'ref' => $t['value']];
            case TK_IDENT:
                $upper = strtoupper($t['value']);
                if ($upper === 'TRUE' || $upper === 'FALSE') {
                    return ['k' => 'bool', 'v' => $upper === 'TRUE'];
                }
                if (p_accept($st, TK_LP)) {
                    $args = [];
                    if (!p_accept($st, TK_RP)) {
                        do {
                            $args[] = parse_or($st);
                        } while (p_accept($st, TK_COMMA));
                        p_expect($st, TK_RP);
                    }
                    return ['k' => 'call', 'name' => $upper, 'args' => $args];
                }
                return ['k' => 'var', 'name' => $t['value']];
            case TK_LP:
                $inner = parse_or($st);
                p_expect($st, TK_RP);
                return $inner;
            case TK_EOF:
                throw engine_error(ERR_SYNTAX, 'unexpected end of input', $t['pos']);
            default:
                throw engine_error(ERR_SYNTAX, "unexpected '" . $t['value'] . "'", $t['pos']);
        }
    } finally {
        $st['depth']--;
    }
}

function ast_to_string(array $n): string
{
    return match ($n['k']) {
        'num' => is_float($n['v']) ? rtrim(rtrim(sprintf('%.6F', $n['v']), '0'), '.') : (string)$n['v'],
        'str' => '"' . addcslashes($n['v'], "\"\\\n") . '"',
        'bool' => $n['v'] ? 'TRUE' : 'FALSE',
        'cell' => $n['ref'],
        'range' => $n['from'] . ':' . $n['to'],
        'var' => '$' . $n['name'],
        'un' => '(' . $n['op'] . ast_to_string($n['e']) . ')',
        'bin' => '(' . ast_to_string($n['l']) . ' ' . $n['op'] . ' ' . ast_to_string($n['r']) . ')',
        'call' => $n['name'] . '(' . implode(', ', array_map('ast_to_string', $n['args'])) . ')',
    };
}

function ast_stats(array $n, array &$acc): void
{
    $acc[$n['k']] = ($acc[$n['k']] ?? 0) + 1;
    switch ($n['k']) {
        case 'un':
            ast_stats($n['e'], $acc);
            break;
        case 'bin':
            ast_stats($n['l'], $acc);
            ast_stats($n['r'], $acc);
            break;
        case 'call':
            foreach ($n['args'] as $a) {
                ast_stats($a, $acc);
            }
            break;
    }
}

function ast_depth(array $n): int
{
    return 1 + match ($n['k']) {
        'un' => ast_depth($n['e']),
        'bin' => max(ast_depth($n['l']), ast_depth($n['r'])),
        'call' => $n['args'] ? max(array_map('ast_depth', $n['args'])) : 0,
        default => 0,
    };
}

// ---------------------------------------------------------------------------
// Cell addressing
// ---------------------------------------------------------------------------

function col_to_index(string $letters): int
{
    $n = 0;
    foreach (str_split($letters) as $ch) {
        $n = $n * 26 + (ord($ch) - 64);
    }
    return $n;
}

function index_to_col(int $n): string
{
    $s = '';
    while ($n > 0) {
        $r = ($n - 1) % 26;
        $s = chr(65 + $r) . $s;
        $n = intdiv($n - 1, 26);
    }
    return $s;
}

function split_ref(string $ref): array
{
    if (!preg_match('/^([A-Z]+)([0-9]+)$/', $ref, $m)) {
        throw engine_error(ERR_REF, "bad reference $ref");
    }
    return [col_to_index($m[1]), (int)$m[2]];
}

function expand_range(string $from, string $to): array
{
    [$c1, $r1] = split_ref($from);
    [$c2, $r2] = split_ref($to);
    if ($c1 > $c2) {
        [$c1, $c2] = [$c2, $c1];
    }
    if ($r1 > $r2) {
        [$r1, $r2] = [$r2, $r1];
    }
    if (($c2 - $c1 + 1) * ($r2 - $r1 + 1) > 500) {
        throw engine_error(ERR_REF, "range $from:$to too large");
    }
    $refs = [];
    for ($r = $r1; $r <= $r2; $r++) {
        for ($c = $c1; $c <= $c2; $c++) {
            $refs[] = index_to_col($c) . $r;
        }
    }
    return $refs;
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

function to_number(mixed $v): int|float
{
    if (is_int($v) || is_float($v)) {
        return $v;
    }
    if (is_bool($v)) {
        return $v ? 1 : 0;
    }
    if ($v === null || $v === '') {
        return 0;
    }
    if (is_string($v) && is_numeric(trim($v))) {
        return trim($v) + 0;
    }
    throw engine_error(ERR_VALUE, 'not a number: ' . (is_array($v) ? 'range' : var_export($v, true)));
}

function to_text(mixed $v): string
{
    return match (true) {
        is_bool($v) => $v ? 'TRUE' : 'FALSE',
        is_float($v) => format_number($v),
        is_array($v) => '{' . implode(';', array_map('to_text', $v)) . '}',
        $v === null => '',
        default => (string)$v,
    };
}

function format_number(int|float $v): string
{
    if (is_int($v)) {
        return (string)$v;
    }
    if (is_nan($v) || is_infinite($v)) {
        return is_nan($v) ? 'NaN' : ($v > 0 ? 'Inf' : '-Inf');
    }
    if ($v == floor($v) && abs($v) < 1e15) {
        return number_format($v, 0, '.', '');
    }
    $s = sprintf('%.10F', $v);
    return rtrim(rtrim($s, '0'), '.');
}

function flatten_values(array $args): array
{
    $out = [];
    array_walk_recursive($args, function ($v) use (&$out) {
        $out[] = $v;
    });
    return $out;
}

// ---------------------------------------------------------------------------
// Builtin function table (closures), evaluator
// ---------------------------------------------------------------------------

function builtin_functions(): array
{
    static $table = null;
    if ($table !== null) {
        return $table;
    }
    $nums = fn(array $args): array => array_map('to_number', array_filter(
        flatten_values($args),
        fn($v) => $v !== null && $v !== ''
    ));
    $table = [
        'SUM' => fn(array $a) => array_sum($nums($a)),
        'PRODUCT' => fn(array $a) => array_product($nums($a)),
        'COUNT' => fn(array $a) => count(array_filter(flatten_values($a), fn($v) => is_int($v) || is_float($v))),
        'COUNTA' => fn(array $a) => count(array_filter(flatten_values($a), fn($v) => $v !== null && $v !== '')),
        'AVG' => function (array $a) use ($nums) {
            $n = $nums($a);
            if (count($n) === 0) {
                throw engine_error(ERR_DIV0, 'AVG of nothing');
            }
            return array_sum($n) / count($n);
        },
        'MIN' => fn(array $a) => ($n = $nums($a)) ? min($n) : 0,
        'MAX' => fn(array $a) => ($n = $nums($a)) ? max($n) : 0,
        'ABS' => fn(array $a) => abs(to_number($a[0])),
        'ROUND' => fn(array $a) => round(to_number($a[0]), (int)to_number($a[1] ?? 0)),
        'FLOOR' => fn(array $a) => (int)floor(to_number($a[0])),
        'SQRT' => function (array $a) {
            $x = to_number($a[0]);
            if ($x < 0) {
                throw engine_error(ERR_VALUE, 'SQRT of negative number');
            }
            return sqrt($x);
        },
        'MOD' => function (array $a) {
            $d = to_number($a[1]);
            if ($d == 0) {
                throw engine_error(ERR_DIV0, 'MOD by zero');
            }
            return fmod(to_number($a[0]), $d);
        },
        'LEN' => fn(array $a) => strlen(to_text($a[0])),
        'UPPER' => fn(array $a) => strtoupper(to_text($a[0])),
        'LOWER' => fn(array $a) => strtolower(to_text($a[0])),
        'CONCAT' => fn(array $a) => implode('', array_map('to_text', flatten_values($a))),
        'REPT' => fn(array $a) => str_repeat(to_text($a[0]), max(0, (int)to_number($a[1]))),
        'LEFT' => fn(array $a) => substr(to_text($a[0]), 0, (int)to_number($a[1] ?? 1)),
        'RIGHT' => fn(array $a) => substr(to_text($a[0]), -max(1, (int)to_number($a[1] ?? 1))),
        'TEXT' => fn(array $a) => number_format(to_number($a[0]), (int)to_number($a[1] ?? 2)),
        'NOT' => fn(array $a) => !truthy($a[0]),
    ];
    return $table;
}

function arity_of(string $name): array
{
    return match ($name) {
        'ABS', 'FLOOR', 'SQRT', 'LEN', 'UPPER', 'LOWER', 'NOT' => [1, 1],
        'ROUND', 'LEFT', 'RIGHT', 'TEXT' => [1, 2],
        'MOD', 'REPT' => [2, 2],
        'IF' => [2, 3],
        'IFERROR' => [2, 2],
        'LET' => [3, 3],
        default => [0, PHP_INT_MAX],
    };
}

function truthy(mixed $v): bool
{
    if (is_string($v)) {
        return $v !== '' && strtoupper($v) !== 'FALSE' && $v !== '0';
    }
    return (bool)$v;
}

function compare_values(mixed $a, mixed $b): int
{
    if ((is_int($a) || is_float($a)) && (is_int($b) || is_float($b))) {
        return $a <=> $b;
    }
    return strcmp(strtolower(to_text($a)), strtolower(to_text($b)));
}

function evaluate(array $node, array &$ctx): mixed
{
    $ctx['steps'] = ($ctx['steps'] ?? 0) + 1;
    switch ($node['k']) {
        case 'num':
        case 'str':
        case 'bool':
            return $node['v'];
        case 'var':
            if (array_key_exists($node['name'], $ctx['vars'])) {
                return $ctx['vars'][$node['name']];
            }
            throw engine_error(ERR_NAME, "unknown variable '{$node['name']}'");
        case 'cell':
            return cell_value($node['ref'], $ctx);
        case 'range':
            $vals = [];
            foreach (expand_range($node['from'], $node['to']) as $ref) {
                $vals[] = cell_value($ref, $ctx);
            }
            return $vals;
        case 'un':
            $v = evaluate($node['e'], $ctx);
            return match ($node['op']) {
                '-' => -to_number($v),
                '+' => to_number($v),
                '!' => !truthy($v),
            };
        case 'bin':
            return eval_binary($node, $ctx);
        case 'call':
            return eval_call($node, $ctx);
    }
    throw engine_error(ERR_VALUE, 'unknown node ' . $node['k']);
}

function eval_binary(array $node, array &$ctx): mixed
{
    $op = $node['op'];
    if ($op === '&&') {
        return truthy(evaluate($node['l'], $ctx)) && truthy(evaluate($node['r'], $ctx));
    }
    if ($op === '||') {
        return truthy(evaluate($node['l'], $ctx)) || truthy(evaluate($node['r'], $ctx));
    }
    $l = evaluate($node['l'], $ctx);
    $r = evaluate($node['r'], $ctx);
    if ($op === '&') {
        return to_text($l) . to_text($r);
    }
    if (in_array($op, ['=', '<>', '<', '>', '<=', '>='], true)) {
        $c = compare_values($l, $r);
        return match ($op) {
            '=' => $c === 0,
            '<>' => $c !== 0,
            '<' => $c < 0,
            '>' => $c > 0,
            '<=' => $c <= 0,
            '>=' => $c >= 0,
        };
    }
    $a = to_number($l);
    $b = to_number($r);
    switch ($op) {
        case '+':
            return $a + $b;
        case '-':
            return $a - $b;
        case '*':
            return $a * $b;
        case '/':
            if ($b == 0) {
                throw engine_error(ERR_DIV0, 'division by zero');
            }
            $q = $a / $b;
            return $q;
        case '%':
            if ($b == 0) {
                throw engine_error(ERR_DIV0, 'modulo by zero');
            }
            return is_int($a) && is_int($b) ? $a % $b : fmod($a, $b);
        case '^':
            $p = $a ** $b;
            if (is_float($p) && is_infinite($p)) {
                throw engine_error(ERR_VALUE, 'overflow in power');
            }
            return $p;
    }
    throw engine_error(ERR_VALUE, "unknown operator $op");
}

function eval_call(array $node, array &$ctx): mixed
{
    $name = $node['name'];
    $args = $node['args'];
    [$min, $max] = arity_of($name);
    if (isset($ctx['udf'][$name])) {
        $min = $max = count($ctx['udf'][$name]['params']);
    }
    $argc = count($args);
    if ($argc < $min || $argc > $max) {
        $want = $min === $max ? "$min" : ($max === PHP_INT_MAX ? "at least $min" : "$min to $max");
        throw engine_error(ERR_ARITY, "$name expects $want argument(s), $argc given");
    }
    // lazy special forms
    switch ($name) {
        case 'IF':
            $cond = truthy(evaluate($args[0], $ctx));
            if ($cond) {
                return evaluate($args[1], $ctx);
            }
            return isset($args[2]) ? evaluate($args[2], $ctx) : false;
        case 'IFERROR':
            try {
                return evaluate($args[0], $ctx);
            } catch (RuntimeException | LogicException | DivisionByZeroError $e) {
                $ctx['trapped'][] = $e->getMessage();
                return evaluate($args[1], $ctx);
            }
        case 'LET':
            if ($args[0]['k'] !== 'var') {
                throw engine_error(ERR_VALUE, 'LET expects a variable name first');
            }
            $var = $args[0]['name'];
            $had = array_key_exists($var, $ctx['vars']);
            $old = $had ? $ctx['vars'][$var] : null;
            $ctx['vars'][$var] = evaluate($args[1], $ctx);
            try {
                return evaluate($args[2], $ctx);
            } finally {
                if ($had) {
                    $ctx['vars'][$var] = $old;
                } else {
                    unset($ctx['vars'][$var]);
                }
            }
    }
    $values = [];
    foreach ($args as $a) {
        $values[] = evaluate($a, $ctx);
    }
    if (isset($ctx['udf'][$name])) {
        return call_udf($name, $values, $ctx);
    }
    $table = builtin_functions();
    if (!isset($table[$name])) {
        throw engine_error(ERR_NAME, "unknown function $name");
    }
    return $table[$name]($values);
}

function call_udf(string $name, array $values, array &$ctx): mixed
{
    static $depth = 0;
    if ($depth >= 25) {
        throw engine_error(ERR_VALUE, "recursion limit reached in $name");
    }
    $def = $ctx['udf'][$name];
    $saved = $ctx['vars'];
    foreach ($def['params'] as $i => $p) {
        $ctx['vars'][$p] = $values[$i];
    }
    $depth++;
    try {
        return evaluate($def['body'], $ctx);
    } finally {
        $depth--;
        $ctx['vars'] = $saved;
    }
}

function define_function(string $line, array &$ctx): string
{
    if (!preg_match('/^DEF\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*=\s*(.+)$/', $line, $m)) {
        throw engine_error(ERR_SYNTAX, 'malformed DEF');
    }
    $name = strtoupper($m[1]);
    $params = array_values(array_filter(array_map('trim', explode(',', $m[2])), 'strlen'));
    $body = parse_formula($m[3]);
    $ctx['udf'][$name] = ['params' => $params, 'body' => $body];
    return sprintf('%s(%s) := %s', $name, implode(', ', $params), ast_to_string($body));
}

// ---------------------------------------------------------------------------
// Cells: memoized evaluation with cycle detection
// ---------------------------------------------------------------------------

function cell_value(string $ref, array &$ctx): mixed
{
    if (array_key_exists($ref, $ctx['cache'])) {
        return $ctx['cache'][$ref];
    }
    if (!array_key_exists($ref, $ctx['cells'])) {
        return null;
    }
    if (isset($ctx['visiting'][$ref])) {
        $chain = implode(' -> ', array_keys($ctx['visiting']));
        throw engine_error(ERR_CYCLE, "circular reference $chain -> $ref");
    }
    $raw = $ctx['cells'][$ref];
    if (!is_string($raw) || $raw === '' || $raw[0] !== '=') {
        return $ctx['cache'][$ref] = (is_string($raw) && is_numeric($raw)) ? $raw + 0 : $raw;
    }
    $ctx['visiting'][$ref] = true;
    try {
        $ast = parse_formula(substr($raw, 1));
        $value = evaluate($ast, $ctx);
    } finally {
        unset($ctx['visiting'][$ref]);
    }
    return $ctx['cache'][$ref] = $value;
}

function new_context(array $cells = [], array $vars = []): array
{
    return ['cells' => $cells, 'vars' => $vars, 'udf' => [], 'cache' => [], 'visiting' => [],
        'trapped' => [], 'steps' => 0];
}

function render_sheet(array &$ctx, int $cols, int $rows, int $width = 12): void
{
    $line = '+' . str_repeat('-', 5) . str_repeat('+' . str_repeat('-', $width), $cols) . '+';
    echo $line, "\n";
    echo '|', str_pad('', 5);
    for ($c = 1; $c <= $cols; $c++) {
        echo '|', str_pad(index_to_col($c), $width, ' ', STR_PAD_BOTH);
    }
    echo "|\n", $line, "\n";
    for ($r = 1; $r <= $rows; $r++) {
        echo '|', str_pad((string)$r, 5, ' ', STR_PAD_LEFT);
        for ($c = 1; $c <= $cols; $c++) {
            $ref = index_to_col($c) . $r;
            try {
                $v = cell_value($ref, $ctx);
                $text = to_text($v);
                $pad = (is_int($v) || is_float($v)) ? STR_PAD_LEFT : STR_PAD_RIGHT;
            } catch (Throwable $e) {
                $text = strtok($e->getMessage(), ' ');
                $pad = STR_PAD_BOTH;
            }
            if (strlen($text) > $width) {
                $text = substr($text, 0, $width - 1) . '~';
            }
            echo '|', str_pad($text, $width, ' ', $pad);
        }
        echo "|\n";
    }
    echo $line, "\n";
}

// ---------------------------------------------------------------------------
// Table printing
// ---------------------------------------------------------------------------

function print_table(array $headers, array $rows, array $align = [], ?string $title = null): int
{
    $widths = array_map('strlen', $headers);
    foreach ($rows as $row) {
        foreach (array_values($row) as $i => $cell) {
            $widths[$i] = max($widths[$i] ?? 0, strlen((string)$cell));
        }
    }
    $sep = '+';
    foreach ($widths as $w) {
        $sep .= str_repeat('-', $w + 2) . '+';
    }
    if ($title !== null) {
        $inner = strlen($sep) - 2;
        printf("+%s+\n|%s|\n", str_repeat('-', $inner), str_pad($title, $inner, ' ', STR_PAD_BOTH));
    }
    echo $sep, "\n";
    $cells = [];
    foreach ($headers as $i => $h) {
        $cells[] = ' ' . str_pad($h, $widths[$i], ' ', STR_PAD_BOTH) . ' ';
    }
    echo '|', implode('|', $cells), "|\n", $sep, "\n";
    $printed = 0;
    foreach ($rows as $row) {
        $cells = [];
        foreach (array_values($row) as $i => $cell) {
            $mode = ($align[$i] ?? 'l') === 'r' ? STR_PAD_LEFT : STR_PAD_RIGHT;
            $cells[] = ' ' . str_pad((string)$cell, $widths[$i], ' ', $mode) . ' ';
        }
        echo '|', implode('|', $cells), "|\n";
        $printed++;
    }
    echo $sep, "\n";
    return $printed;
}

function money(float|int $amount, int $decimals = 2, string $currency = '', bool $parens = false): string
{
    $abs = number_format(abs($amount), $decimals, '.', ',');
    $s = $currency !== '' ? "$currency $abs" : $abs;
    if ($amount < 0) {
        return $parens ? "($s)" : "-$s";
    }
    return $s;
}

// ---------------------------------------------------------------------------
// CSV importer
// ---------------------------------------------------------------------------

function import_csv(string $data, array $schema, array &$errors): array
{
    $lines = preg_split('/\R/', trim($data));
    $header = str_getcsv(array_shift($lines), ',', '"', '\\');
    $header = array_map(fn($h) => strtolower(trim($h)), $header);
    $missing = array_diff(array_keys($schema), $header);
    if ($missing) {
        throw new UnexpectedValueException('missing columns: ' . implode(', ', $missing));
    }
    $records = [];
    foreach ($lines as $idx => $line) {
        $lineNo = $idx + 2;
        if (trim($line) === '' || str_starts_with(ltrim($line), '#')) {
            continue;
        }
        $fields = str_getcsv($line, ',', '"', '\\');
        if (count($fields) !== count($header)) {
            $errors[] = sprintf('line %d: expected %d fields, got %d', $lineNo, count($header), count($fields));
            continue;
        }
        $row = array_combine($header, array_map('trim', $fields));
        try {
            $rec = [];
            foreach ($schema as $col => $type) {
                $rec[$col] = convert_field($row[$col], $type, $col);
            }
            $rec['line'] = $lineNo;
            $records[] = $rec;
        } catch (UnexpectedValueException $e) {
            $errors[] = "line $lineNo: " . $e->getMessage();
        }
    }
    return $records;
}

function convert_field(string $raw, string $type, string $col): mixed
{
    switch ($type) {
        case 'date':
            if (!preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $raw, $m) || !checkdate((int)$m[2], (int)$m[3], (int)$m[1])) {
                throw new UnexpectedValueException("invalid date '$raw' in $col");
            }
            return $raw;
        case 'amount':
            $clean = str_replace([',', ' '], '', $raw);
            if (preg_match('/^\((.*)\)$/', $clean, $m)) {
                $clean = '-' . $m[1];
            }
            if (!is_numeric($clean)) {
                throw new UnexpectedValueException("invalid amount '$raw' in $col");
            }
            return round((float)$clean, 2);
        case 'code':
            if (!preg_match('/^[A-Z]{3}$/', $raw)) {
                throw new UnexpectedValueException("invalid code '$raw' in $col");
            }
            return $raw;
        default:
            return $raw === '' ? null : $raw;
    }
}

// ---------------------------------------------------------------------------
// Ledger
// ---------------------------------------------------------------------------

function post_transaction(array &$balances, array &$journal, array $tx, array $rates): void
{
    $rate = $rates[$tx['currency']] ?? null;
    if ($rate === null) {
        throw new DomainException("no rate for {$tx['currency']}");
    }
    $base = round($tx['amount'] * $rate, 2);
    $acct = &$balances[$tx['account']];
    $acct ??= ['count' => 0, 'total' => 0.0, 'max' => null, 'min' => null];
    $acct['count']++;
    $acct['total'] = round($acct['total'] + $base, 2);
    $acct['max'] = $acct['max'] === null ? $base : max($acct['max'], $base);
    $acct['min'] = $acct['min'] === null ? $base : min($acct['min'], $base);
    unset($acct);
    $journal[] = $tx + ['base' => $base];
}

function month_of(string $date): string
{
    return substr($date, 0, 7);
}

function make_accumulator(float $start = 0.0): Closure
{
    $total = $start;
    return function (float $delta) use (&$total): float {
        $total = round($total + $delta, 2);
        return $total;
    };
}

function apply_all(array $items, callable ...$steps): array
{
    foreach ($steps as $step) {
        $items = $step($items);
    }
    return $items;
}

// ===========================================================================
// Main program
// ===========================================================================

section('Tokenizer');
$samples = [
    '1 + 2 * 3',
    'SUM(A1:B2) / 4',
    '"a \"quoted\" str" & UPPER("x")',
    'x <= 3.5e2 && !flag',
    '$B$7 ** 2 - .25',
    'IF(A1<>0, 1/A1, "n/a")',
];
foreach ($samples as $s) {
    $tokens = tokenize($s);
    note('%-34s => %d tokens', $s, count($tokens));
    echo '        ', token_summary($tokens), "\n";
}

section('Parser');
$exprs = [
    '1 + 2 * 3',
    '(1 + 2) * 3',
    '2 ^ 3 ^ 2',
    '-2 ^ 2',
    '2 ^ -1',
    'a - b - c',
    'x / y % z',
    '"k" & 1 + 2 & "v"',
    'IF(a > b, a, b)',
    'MAX(1, MIN(2, 3), -4)',
    'NOT(TRUE) || 1 = 1 && 2 <> 3',
    'SUM(A1:C3, 10)',
    'LET(t, 5, t * t)',
];
foreach ($exprs as $e) {
    $ast = parse_formula($e);
    $stats = [];
    ast_stats($ast, $stats);
    ksort($stats);
    $desc = implode(',', array_map(fn($k, $v) => "$k=$v", array_keys($stats), $stats));
    printf("  %-30s -> %-42s depth=%d [%s]\n", $e, ast_to_string($ast), ast_depth($ast), $desc);
}

section('Syntax errors');
$bad = [
    '1 +',
    '(1 + 2',
    'SUM(1,,2)',
    '3 $ 4',
    '"open string',
    '1 2',
    'A1:',
    ')',
    str_repeat('(', 70) . '1' . str_repeat(')', 70),
];
foreach ($bad as $src) {
    try {
        parse_formula($src);
        echo "  unexpected success for $src\n";
    } catch (InvalidArgumentException $e) {
        $shown = strlen($src) > 24 ? substr($src, 0, 21) . '...' : $src;
        printf("  %-24s %s [code %d, %s]\n", $shown, $e->getMessage(), $e->getCode(), get_class($e));
        if (preg_match('/offset (\d+)/', $e->getMessage(), $m) && (int)$m[1] <= 24) {
            echo '  ', str_pad('', (int)$m[1]), "^\n";
        }
    }
}

section('Evaluator with variables');
$ctx = new_context(vars: ['a' => 7, 'b' => 3, 'rate' => 0.075, 'name' => 'Ledger', 'flag' => false]);
$cases = [
    'a + b * 2',
    'a / b',
    'a % b',
    '2 ^ 10',
    '2 ^ 0.5',
    'a * rate',
    'ROUND(a * rate, 2)',
    'name & " v" & a',
    'LEN(name) + 1',
    'UPPER(name) = "LEDGER"',
    'IF(a > b, "a wins", "b wins")',
    'IF(flag, 1/0, "lazy ok")',
    'NOT(flag) && a > 1',
    'MAX(a, b, 10, -2) - MIN(a, b)',
    'AVG(1, 2, 3, 4)',
    'SUM(1, 2.5, "3")',
    'PRODUCT(1, 2, 3, 4, 5)',
    'MOD(17, 5) + MOD(-7, 3)',
    'SQRT(144) + ABS(-3)',
    'REPT("ab", 3) & LEFT("hello", 2) & RIGHT("world", 3)',
    'TEXT(1234567.891, 2)',
    'LET(x, a * 2, x + x)',
    'LET(a, 100, a) + a',
    '1 / 3',
    '0.1 + 0.2',
    '10 / 4',
    '-a ^ 2',
    'FLOOR(-2.5) & "|" & FLOOR(2.5)',
    'COUNT(1, "x", 2.5, TRUE) & "/" & COUNTA(1, "x", "", 2)',
];
$rows = [];
foreach ($cases as $i => $src) {
    try {
        $v = evaluate(parse_formula($src), $ctx);
        $rows[] = [$i + 1, $src, get_debug_type($v), to_text($v)];
    } catch (Throwable $e) {
        $rows[] = [$i + 1, $src, 'error', $e->getMessage()];
    } finally {
        $ctx['last'] = $src;
    }
}
$n = print_table(['#', 'expression', 'type', 'value'], $rows, ['r', 'l', 'l', 'r']);
echo "  $n rows, {$ctx['steps']} evaluation steps, last: {$ctx['last']}\n";

section('Runtime errors');
$errCases = [
    'a / (b - 3)',
    'unknown + 1',
    'NOPE(1)',
    'SQRT(-1)',
    '"abc" * 2',
    'IF(1)',
    'ABS(1, 2)',
    'MOD(4, 0)',
    '10 ^ 400',
    'AVG()',
    'IFERROR(1/0, "fallback")',
    'IFERROR(SQRT(-4), -1) + IFERROR(NOPE(), 2)',
    'LET(1, 2, 3)',
];
foreach ($errCases as $src) {
    try {
        $v = evaluate(parse_formula($src), $ctx);
        printf("  %-42s = %s\n", $src, to_text($v));
    } catch (DivisionByZeroError $e) {
        printf("  %-42s ! div0:  %s\n", $src, $e->getMessage());
    } catch (RuntimeException $e) {
        $kind = match ($e->getCode()) {
            ERR_NAME => 'name',
            ERR_VALUE => 'value',
            ERR_ARITY => 'arity',
            default => 'runtime',
        };
        printf("  %-42s ! %-6s %s\n", $src, $kind . ':', $e->getMessage());
    }
}
echo '  trapped by IFERROR: ', count($ctx['trapped']), "\n";
foreach ($ctx['trapped'] as $k => $msg) {
    echo "    $k. $msg\n";
}

section('User-defined functions');
$defs = [
    'DEF SQ(x) = x * x',
    'DEF HYP(a, b) = SQRT(SQ(a) + SQ(b))',
    'DEF FACT(n) = IF(n <= 1, 1, n * FACT(n - 1))',
    'DEF FIB(n) = IF(n < 2, n, FIB(n - 1) + FIB(n - 2))',
    'DEF GREET(who) = "Hello, " & who & "!"',
    'DEF FOREVER(n) = FOREVER(n + 1)',
    'DEF TAX(amount, pct) = ROUND(amount * pct / 100, 2)',
    'DEF BROKEN(x) = x +',
];
foreach ($defs as $d) {
    try {
        echo '  ', define_function($d, $ctx), "\n";
    } catch (InvalidArgumentException $e) {
        echo "  cannot define: {$e->getMessage()}\n";
    }
}
$udfCalls = ['SQ(12)', 'HYP(3, 4)', 'FACT(10)', 'FIB(15)', 'GREET(name)', 'TAX(1999.99, 7.5)',
    'FOREVER(1)', 'SQ(1, 2)', 'FACT(20) / FACT(18)', 'GREET(FIB(7))'];
foreach ($udfCalls as $src) {
    try {
        printf("  %-22s => %s\n", $src, to_text(evaluate(parse_formula($src), $ctx)));
    } catch (RuntimeException $e) {
        printf("  %-22s => ERROR %s\n", $src, $e->getMessage());
    }
}
echo '  variables untouched: ', implode(', ', array_keys($ctx['vars'])), "\n";

section('Spreadsheet');
$sheet = [
    'A1' => 'Item', 'B1' => 'Qty', 'C1' => 'Price', 'D1' => 'Total',
    'A2' => 'Widget', 'B2' => '4', 'C2' => '2.50', 'D2' => '=B2*C2',
    'A3' => 'Gadget', 'B3' => '10', 'C3' => '1.25', 'D3' => '=B3*C3',
    'A4' => 'Doohickey', 'B4' => '1', 'C4' => '19.99', 'D4' => '=B4*C4',
    'A5' => 'Gizmo', 'B5' => '0', 'C5' => '5', 'D5' => '=IF(B5=0, "none", B5*C5)',
    'A6' => 'Sum', 'B6' => '=SUM(B2:B5)', 'D6' => '=SUM(D2:D5)',
    'A7' => 'Avg', 'B7' => '=AVG(B2:B5)', 'C7' => '=ROUND(AVG(C2:C5), 3)', 'D7' => '=D6/COUNT(D2:D5)',
    'A8' => 'Ratio', 'B8' => '=B2/B5', 'C8' => '=IFERROR(B2/B5, 0)', 'D8' => '=UPPER(A2) & "!"',
    'A9' => 'Cycle', 'B9' => '=C9+1', 'C9' => '=D9*2', 'D9' => '=B9',
    'A10' => 'Bad', 'B10' => '=ZZ(1)', 'C10' => '=B6 +', 'D10' => '=A2*2',
];
$sctx = new_context($sheet);
render_sheet($sctx, 4, 10);
echo '  computed cells: ', count($sctx['cache']), ', steps: ', $sctx['steps'], "\n";
foreach (['B9', 'C9', 'D9'] as $ref) {
    try {
        cell_value($ref, $sctx);
    } catch (LogicException $e) {
        echo "  $ref: {$e->getMessage()}\n";
    }
}

// Recalculate after a change: caches are invalidated by copying the context
$sctx2 = $sctx;
$sctx2['cells']['B5'] = '2';
$sctx2['cells']['B9'] = '5';
$sctx2['cache'] = [];
echo "  after setting B5=2 and B9=5:\n";
render_sheet($sctx2, 4, 10, 10);
echo '  original context still caches B6 = ', to_text($sctx['cache']['B6']), ', D6 cached: ',
    var_export(isset($sctx['cache']['D6']), true), "\n";

section('CSV import');
$csv = <<<'CSV'
date,account,description,amount,currency
2024-01-03,Cash,"Opening balance",1500.00,USD
2024-01-05,Groceries,"Market, weekly",-84.35,USD
2024-01-09,Rent,January rent,(1200.00),USD
2024-01-12,Salary,"ACME ""Payroll""","3,250.00",USD
2024-01-15,Travel,Train to Lyon,-89.90,EUR
2024-01-15,Travel,Hotel,-240.00,EUR
# a comment line that is ignored
2024-01-20,Groceries,Corner shop,-12.40,USD
2024-01-31,Fees,Bank fee,-5,USD
2024-02-01,Rent,February rent,-1200,USD
2024-02-02,Salary,Bonus,500,GBP
2024-02-30,Groceries,Impossible date,-10,USD
2024-02-10,Groceries,Missing field,-10
2024-02-11,Gifts,Present for Ana,-45.5,usd
2024-02-14,Dining,"Dinner, Valentine's",-96.80,EUR
2024-02-20,Travel,Taxi,-23.15,CHF
2024-02-25,Groceries,Weekly shop,abc,USD
2024-02-28,Dining,Lunch,-14.20,USD
2024-03-01,Rent,March rent,-1200.00,USD
2024-03-05,Salary,ACME Payroll,3250,USD
2024-03-09,Groceries,Market,-91.05,USD
2024-03-17,Travel,Flight home,-310.00,GBP
2024-03-22,Fees,Card fee,-2.5,USD
CSV;

$errors = [];
$records = import_csv($csv, ['date' => 'date', 'account' => 'text', 'description' => 'text',
    'amount' => 'amount', 'currency' => 'code'], $errors);
printf("  imported %d records, %d errors\n", count($records), count($errors));
foreach ($errors as $err) {
    echo "  ! $err\n";
}
try {
    $dummy = [];
    import_csv("a,b\n1,2", ['date' => 'date'], $dummy);
} catch (UnexpectedValueException $e) {
    echo '  schema check: ', $e->getMessage(), "\n";
}

section('Posting');
$rates = ['USD' => 1.0, 'EUR' => 1.09, 'GBP' => 1.27];
$balances = [];
$journal = [];
$rejected = 0;
foreach ($records as $rec) {
    try {
        post_transaction($balances, $journal, $rec, $rates);
    } catch (DomainException $e) {
        $rejected++;
        echo "  rejected line {$rec['line']}: {$e->getMessage()}\n";
    } finally {
        $processed = ($processed ?? 0) + 1;
    }
}
echo "  processed $processed, posted ", count($journal), ", rejected $rejected\n";

$running = make_accumulator();
$rows = [];
foreach ($journal as $tx) {
    $rows[] = [
        $tx['date'],
        $tx['account'],
        strlen($tx['description']) > 20 ? substr($tx['description'], 0, 17) . '...' : $tx['description'],
        money($tx['amount'], currency: $tx['currency']),
        money($tx['base'], parens: true),
        money($running($tx['base'])),
    ];
}
print_table(['date', 'account', 'description', 'amount', 'USD', 'running'], $rows,
    ['l', 'l', 'l', 'r', 'r', 'r'], 'Journal');

section('Balances by account');
uksort($balances, fn($a, $b) => strcasecmp($a, $b));
$rows = [];
$grand = 0.0;
foreach ($balances as $name => ['count' => $cnt, 'total' => $tot, 'min' => $mn, 'max' => $mx]) {
    $rows[] = [$name, $cnt, money($tot, parens: true), money($mn), money($mx)];
    $grand += $tot;
}
$rows[] = ['TOTAL', array_sum(array_column($balances, 'count')), money(round($grand, 2), parens: true), '', ''];
print_table(['account', 'n', 'total', 'smallest', 'largest'], $rows, ['l', 'r', 'r', 'r', 'r']);

section('Monthly summary');
$months = [];
foreach ($journal as $tx) {
    $m = &$months[month_of($tx['date'])];
    $m['in'] = ($m['in'] ?? 0) + max(0, $tx['base']);
    $m['out'] = ($m['out'] ?? 0) + min(0, $tx['base']);
    $m['n'] = ($m['n'] ?? 0) + 1;
    unset($m);
}
ksort($months);
$rows = [];
$cumulative = 0;
foreach ($months as $month => $m) {
    $net = round($m['in'] + $m['out'], 2);
    $cumulative = round($cumulative + $net, 2);
    $bar = str_repeat($net >= 0 ? '+' : '-', min(30, (int)round(abs($net) / 100)));
    $rows[] = [$month, $m['n'], number_format($m['in'], 2), number_format(-$m['out'], 2),
        money($net, parens: true), money($cumulative), $bar];
}
print_table(['month', 'tx', 'income', 'spending', 'net', 'cumulative', 'chart'], $rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'l']);

section('Top spending categories');
$spend = [];
foreach ($journal as $tx) {
    if ($tx['base'] < 0 && $tx['account'] !== 'Rent') {
        $spend[$tx['account']][] = -$tx['base'];
    }
}
$ranked = apply_all(
    $spend,
    fn($s) => array_map(fn($list) => ['sum' => round(array_sum($list), 2), 'n' => count($list)], $s),
    function ($s) {
        uasort($s, fn($x, $y) => [$y['sum'], $y['n']] <=> [$x['sum'], $x['n']]);
        return $s;
    },
    fn($s) => array_slice($s, 0, 4, true),
);
$total = array_sum(array_column($ranked, 'sum'));
$pos = 0;
foreach ($ranked as $cat => $info) {
    $pos++;
    $pct = $info['sum'] / $total * 100;
    printf("  %d. %-10s %10s  %5.1f%%  %s\n", $pos, $cat, money($info['sum']), $pct,
        str_repeat('#', (int)round($pct / 4)));
}

section('Ledger formulas');
// Feed the ledger totals into a spreadsheet and compute derived figures.
$lsheet = [];
$r = 1;
foreach ($balances as $name => $b) {
    $lsheet["A$r"] = $name;
    $lsheet["B$r"] = (string)$b['total'];
    $lsheet["C$r"] = "=IF(B$r < 0, -B$r, 0)";
    $r++;
}
$last = $r - 1;
$lsheet["A$r"] = 'Net';
$lsheet["B$r"] = "=SUM(B1:B$last)";
$lsheet["C$r"] = "=SUM(C1:C$last)";
$r++;
$lsheet["A$r"] = 'Savings%';
$lsheet["B$r"] = '=ROUND(B' . ($r - 1) . ' / MAX(B1:B' . $last . ') * 100, 1)';
$lsheet["C$r"] = '=TEXT(C' . ($r - 1) . ' / ' . count($balances) . ', 2)';
$lctx = new_context($lsheet);
render_sheet($lctx, 3, $r, 14);

section('Closures and static state');
function counter(string $name): int
{
    static $counts = [];
    $counts[$name] = ($counts[$name] ?? 0) + 1;
    return $counts[$name];
}
foreach (['parse', 'eval', 'parse', 'render', 'parse', 'eval'] as $ev) {
    echo "  $ev#", counter($ev), "\n";
}
$memo = function (callable $fn): Closure {
    $cache = [];
    $hits = 0;
    return function (...$args) use ($fn, &$cache, &$hits) {
        $key = implode('|', $args);
        if (isset($cache[$key])) {
            $hits++;
            return [$cache[$key], $hits];
        }
        return [$cache[$key] = $fn(...$args), $hits];
    };
};
$slowSquare = fn(int $x): int => $x * $x;
$fast = $memo($slowSquare);
foreach ([3, 4, 3, 3, 5, 4] as $x) {
    [$val, $hits] = $fast($x);
    echo "  square($x) = $val (hits so far: $hits)\n";
}
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
$pipeline = $compose('trim', 'strtoupper', fn($s) => str_replace(' ', '_', $s), 'strrev');
echo '  pipeline: ', $pipeline('  net income total '), "\n";

$swap = function (array &$arr, int $i, int $j): void {
    [$arr[$i], $arr[$j]] = [$arr[$j], $arr[$i]];
};
$order = ['D', 'B', 'A', 'C'];
for ($i = 0; $i < count($order); $i++) {
    for ($j = 0; $j < count($order) - 1 - $i; $j++) {
        if ($order[$j] > $order[$j + 1]) {
            $swap($order, $j, $j + 1);
        }
    }
}
echo '  bubble sorted by reference: ', implode('', $order), "\n";

section('Named arguments and spread');
echo '  ', money(1234.5), ' | ', money(-1234.5, parens: true), ' | ',
    money(currency: 'EUR', amount: 99.999, decimals: 1), "\n";
$argsList = [[10, 0], [-0.005, 2, 'USD'], [1e6, 3, 'GBP', true]];
foreach ($argsList as $args) {
    echo '  money(', implode(', ', array_map(fn($a) => var_export($a, true), $args)), ') = ', money(...$args), "\n";
}
$named = ['decimals' => 4, 'amount' => -2.5, 'parens' => true];
echo '  money(...named) = ', money(...$named), "\n";
try {
    money(1, nope: 2);
} catch (Error $e) {
    echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
}

section('Final statistics');
$allCtx = [$ctx, $sctx, $sctx2, $lctx];
$stepRows = [];
foreach ($allCtx as $i => $c) {
    $stepRows[] = ['ctx' . ($i + 1), count($c['cells']), count($c['cache']), $c['steps'], count($c['udf'])];
}
print_table(['context', 'cells', 'cached', 'steps', 'udfs'], $stepRows, ['l', 'r', 'r', 'r', 'r']);
printf("  journal checksum: %s\n", md5(json_encode($journal)));
printf("  notes printed: %d\n", (function () {
    ob_start();
    note('%s', 'checkpoint');
    $out = ob_get_clean();
    return (int)substr($out, 3, 3);
})());
echo "done\n";
