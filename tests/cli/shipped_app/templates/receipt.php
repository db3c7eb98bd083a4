Receipt
<?php foreach ($lines as $line): ?>
  <?= str_pad($line['name'], 20) ?> x<?= $line['quantity'] ?>  <?= $line['amount'] ?>

<?php endforeach ?>
  Total: <?= $total ?>

