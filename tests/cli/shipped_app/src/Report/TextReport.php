<?php
declare(strict_types=1);

namespace Shop\Report;

use Shop\Cart;

final class TextReport
{
    public function __construct(private string $templates)
    {
    }

    public function render(Cart $cart): string
    {
        $lines = [];
        foreach ($cart as $product => $quantity) {
            $lines[] = ['name' => $product->name, 'quantity' => $quantity, 'amount' => shop_money($product->cents * $quantity)];
        }
        $total = shop_money($cart->total());
        ob_start();
        // A template of PHP included by path: compiled with the tree when it is named .php.
        include $this->templates . '/receipt.php';
        return ob_get_clean() . 'template dir: ' . basename(\dirname(__DIR__, 2) . '/templates') . "\n"
            . 'source dir constant ends with: ' . basename(SHOP_SRC) . "\n";
    }
}
