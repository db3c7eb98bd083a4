<?php
// A bank-account ledger simulation: accounts as arrays, a transaction log, validation, interest, statements.
date_default_timezone_set('UTC');

$accounts = [];
$ledger = [];
$nextTxId = 1000;

function openAccount(string $owner, string $type, float|string $initial = 0.0): string
{
    global $accounts;
    $prefix = strtoupper(substr($type, 0, 3));
    $id = sprintf("%s-%04d", $prefix, count($accounts) + 1);
    $accounts[$id] = [
        'owner' => $owner,
        'type' => $type,
        'balance' => 0,
        'overdraft' => $type === 'checking' ? 100_00 : 0,
        'frozen' => false,
        'history' => [],
    ];
    if (toCents($initial) > 0) {
        post($id, 'deposit', $initial, 'opening deposit', 1704067200);
    }
    return $id;
}

function toCents(float|int|string $amount): int
{
    if (is_string($amount)) {
        $amount = str_replace([',', '$', ' '], '', $amount);
    }
    return (int) round((float) $amount * 100);
}

function fmt(int $cents): string
{
    $sign = $cents < 0 ? '-' : '';
    $abs = abs($cents);
    return $sign . '$' . number_format(intdiv($abs, 100)) . '.' . str_pad((string) ($abs % 100), 2, '0', STR_PAD_LEFT);
}

function post(string $id, string $kind, float|int|string $amount, string $memo, int $ts): array
{
    global $accounts, $ledger, $nextTxId;
    $cents = toCents($amount);
    $result = ['ok' => false, 'id' => null, 'error' => null];
    if (!isset($accounts[$id])) {
        $result['error'] = "no such account $id";
        return $result;
    }
    if ($accounts[$id]['frozen']) {
        $result['error'] = "account $id is frozen";
        return $result;
    }
    if ($cents <= 0) {
        $result['error'] = "amount must be positive, got " . var_export($amount, true);
        return $result;
    }
    $delta = match ($kind) {
        'deposit', 'interest', 'transfer-in' => $cents,
        'withdrawal', 'fee', 'transfer-out' => -$cents,
        default => null,
    };
    if ($delta === null) {
        $result['error'] = "unknown transaction kind '$kind'";
        return $result;
    }
    $newBalance = $accounts[$id]['balance'] + $delta;
    if ($newBalance < -$accounts[$id]['overdraft']) {
        $result['error'] = sprintf("insufficient funds in %s: balance %s, requested %s", $id, fmt($accounts[$id]['balance']), fmt($cents));
        return $result;
    }
    $txId = $nextTxId++;
    $accounts[$id]['balance'] = $newBalance;
    $entry = compact('txId', 'id', 'kind', 'delta', 'memo', 'ts', 'newBalance');
    $accounts[$id]['history'][] = $txId;
    $ledger[$txId] = $entry;
    $result['ok'] = true;
    $result['id'] = $txId;
    return $result;
}

function transfer(string $from, string $to, float|int|string $amount, int $ts): array
{
    global $accounts;
    if ($from === $to) {
        return ['ok' => false, 'error' => 'cannot transfer to same account'];
    }
    if (!isset($accounts[$to])) {
        return ['ok' => false, 'error' => "no such account $to"];
    }
    $out = post($from, 'transfer-out', $amount, "to $to", $ts);
    if (!$out['ok']) {
        return $out;
    }
    $in = post($to, 'transfer-in', $amount, "from $from", $ts);
    return ['ok' => $in['ok'], 'error' => $in['error'], 'pair' => [$out['id'], $in['id']]];
}

function applyInterest(float $annualRate, int $ts): int
{
    global $accounts;
    $count = 0;
    foreach (array_keys($accounts) as $id) {
        $acct = $accounts[$id];
        if ($acct['type'] !== 'savings' || $acct['balance'] <= 0) {
            continue;
        }
        $interest = intdiv($acct['balance'] * (int) round($annualRate * 10000), 12 * 10000);
        if ($interest > 0) {
            $r = post($id, 'interest', $interest / 100, sprintf('%.2f%% p.a.', $annualRate * 100), $ts);
            $count += $r['ok'] ? 1 : 0;
        }
    }
    return $count;
}

function statement(string $id): void
{
    global $accounts, $ledger;
    $a = $accounts[$id];
    echo str_repeat('=', 64), "\n";
    printf("Statement for %s (%s, %s)%s\n", $id, $a['owner'], $a['type'], $a['frozen'] ? ' [FROZEN]' : '');
    echo str_repeat('-', 64), "\n";
    $in = $out = 0;
    foreach ($a['history'] as $txId) {
        $e = $ledger[$txId];
        if ($e['delta'] > 0) {
            $in += $e['delta'];
        } else {
            $out -= $e['delta'];
        }
        printf("%s #%d %-12s %-18s %11s %11s\n", date('Y-m-d', $e['ts']), $txId, $e['kind'], substr($e['memo'], 0, 18), fmt($e['delta']), fmt($e['newBalance']));
    }
    echo str_repeat('-', 64), "\n";
    printf("%-40s in %s / out %s\n", count($a['history']) . ' transaction(s)', fmt($in), fmt($out));
    printf("%-40s %23s\n", 'Closing balance', fmt($a['balance']));
}

$day = 86400;
$t0 = 1704067200;
$alice = openAccount('Alice', 'checking', 250);
$aliceSav = openAccount('Alice', 'savings', '1,500.00');
$bob = openAccount('Bob', 'checking');
$carol = openAccount('Carol', 'savings', 0.1 + 0.2);

$ops = [
    ['post', $alice, 'withdrawal', 80.25, 'groceries', $t0 + $day],
    ['post', $bob, 'deposit', '$1,000', 'salary', $t0 + $day],
    ['transfer', $alice, $bob, 50, $t0 + 2 * $day],
    ['post', $alice, 'withdrawal', 300, 'rent (too much?)', $t0 + 3 * $day],
    ['post', $alice, 'withdrawal', 200, 'rent', $t0 + 3 * $day],
    ['post', $bob, 'fee', 2.5, 'monthly fee', $t0 + 4 * $day],
    ['post', $bob, 'bonus', 10, 'invalid kind', $t0 + 4 * $day],
    ['post', $bob, 'deposit', -5, 'negative', $t0 + 4 * $day],
    ['post', 'XXX-0001', 'deposit', 5, 'ghost', $t0 + 4 * $day],
    ['transfer', $aliceSav, $alice, 400.004, $t0 + 5 * $day],
    ['transfer', $bob, $bob, 1, $t0 + 5 * $day],
    ['transfer', $bob, $carol, 0.01, $t0 + 6 * $day],
    ['freeze', $carol],
    ['post', $carol, 'deposit', 100, 'after freeze', $t0 + 7 * $day],
    ['interest', 0.045, $t0 + 30 * $day],
    ['interest', 0.045, $t0 + 60 * $day],
];

foreach ($ops as $n => $op) {
    $kind = array_shift($op);
    switch ($kind) {
        case 'post':
            $r = call_user_func_array('post', $op);
            break;
        case 'transfer':
            $r = call_user_func_array('transfer', $op);
            break;
        case 'freeze':
            $accounts[$op[0]]['frozen'] = true;
            $r = ['ok' => true, 'error' => null];
            break;
        case 'interest':
            $c = applyInterest($op[0], $op[1]);
            $r = ['ok' => $c > 0, 'error' => $c > 0 ? null : 'no interest paid'];
            break;
    }
    printf("op %2d %-9s %s\n", $n, $kind, $r['ok'] ? 'ok' : 'FAILED: ' . $r['error']);
}

foreach (array_keys($accounts) as $id) {
    statement($id);
}

$total = array_sum(array_column($accounts, 'balance'));
echo "\nBank total: ", fmt($total), " across ", count($accounts), " accounts, ", count($ledger), " ledger entries\n";
$byKind = [];
foreach ($ledger as $e) {
    $byKind[$e['kind']] = ($byKind[$e['kind']] ?? 0) + abs($e['delta']);
}
ksort($byKind);
foreach ($byKind as $k => $v) {
    printf("  %-13s %12s\n", $k, fmt($v));
}
$check = 0;
foreach ($ledger as $e) {
    $check += $e['delta'];
}
echo $check === $total ? "Ledger balances.\n" : "LEDGER MISMATCH: " . fmt($check) . " vs " . fmt($total) . "\n";
