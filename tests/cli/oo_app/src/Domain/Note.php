<?php
declare(strict_types=1);

namespace App\Domain;

/** Only ever created by unserialize(), which autoloads it. */
final class Note
{
    public string $text = '';
    public string $author = '';
    public bool $restored = false;

    public function __unserialize(array $data): void
    {
        $this->text = strtoupper($data['text']);
        $this->author = $data['author'];
        $this->restored = true;
    }
}
