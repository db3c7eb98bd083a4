<?php
declare(strict_types=1);

namespace App\Listener;

use App\Event\InvoiceFinalized;

/** An invokable listener object. */
final class NotifyCustomer
{
    private int $sent = 0;

    public function __invoke(InvoiceFinalized $event): void
    {
        $this->sent++;
        $customer = $event->invoice->customer;
        $event->notes[] = sprintf(
            'mail #%d to %s in %s',
            $this->sent,
            $customer->email,
            $customer->address?->city ?? 'an unknown city',
        );
    }

    public function sent(): int
    {
        return $this->sent;
    }
}
