<?php
// Alternative control syntax mixed with inline HTML.
$rows = [
    ['name' => 'Ada', 'score' => 92, 'tags' => ['math', 'code']],
    ['name' => 'Bob', 'score' => 67, 'tags' => []],
    ['name' => 'Cy', 'score' => 78, 'tags' => ['art']],
];
$title = "Report";
?>
<h1><?= htmlspecialchars($title) ?></h1>
<?php if (count($rows) === 0): ?>
<p>No rows</p>
<?php elseif (count($rows) < 5): ?>
<p>Few rows (<?= count($rows) ?>)</p>
<?php else: ?>
<p>Many rows</p>
<?php endif; ?>
<table>
<?php foreach ($rows as $i => $row): ?>
  <tr class="<?= $i % 2 ? 'odd' : 'even' ?>">
    <td><?= $row['name'] ?></td>
    <td><?php switch (true):
        case $row['score'] >= 90: ?>A<?php break;
        case $row['score'] >= 75: ?>B<?php break;
        default: ?>C<?php endswitch; ?></td>
    <td><?php if ($row['tags']): foreach ($row['tags'] as $t): ?>[<?= $t ?>]<?php endforeach; else: ?>-<?php endif ?></td>
  </tr>
<?php endforeach; ?>
</table>
<?php $n = 3; while ($n > 0): ?>
countdown <?= $n-- ?>

<?php endwhile; ?>
<?php for ($i = 0; $i < 3; $i++): if ($i === 1) continue; ?>
for <?= $i ?>
<?php endfor; ?>
<?php
$total = 0;
foreach ($rows as $r):
    $total += $r['score'];
endforeach;
echo "total: $total\n";
?>
trailing text without newline at end
