<?php
// Alternative control-structure syntax mixed with inline HTML output.
$items = ["Tea" => 2.5, "Coffee" => 3.0, "Cake" => 0];
$title = "Menu";
?>
<h1><?= htmlspecialchars($title) ?></h1>
<?php if (count($items) > 0): ?>
<ul>
<?php foreach ($items as $name => $price): ?>
<?php if ($price > 2.75): ?>
  <li class="pricey"><?= $name ?>: <?= number_format($price, 2) ?></li>
<?php elseif ($price == 0): ?>
  <li class="free"><?= $name ?>: free</li>
<?php else: ?>
  <li><?= $name ?>: <?= number_format($price, 2) ?></li>
<?php endif; ?>
<?php endforeach; ?>
</ul>
<?php else: ?>
<p>No items</p>
<?php endif ?>
<?php for ($i = 1; $i <= 3; $i++): ?>
row <?= $i ?>

<?php endfor; ?>
<?php $n = 3; while ($n > 0): ?>
n=<?= $n-- ?>;
<?php endwhile; ?>
<?php switch ($title):
    case "Menu": ?>
switch: menu
<?php break;
    default: ?>
switch: default
<?php endswitch; ?>
Text with <?php echo "echo"; ?> inline and trailing ?> marker
<?php
echo "after close tag newline handling\n";
?>
last line no newline<?php echo "!";
