<?php
// Overriding a final class constant: the class is declared conditionally,
// so the error is raised at run time when the declaration executes.
class Settings {
    final public const LIMIT = 10;
    public const SOFT = 5;
}

echo Settings::LIMIT, " ", Settings::SOFT, "\n";

if (true) {
    class Relaxed extends Settings {
        const SOFT = 50;
    }
}
echo Relaxed::LIMIT, " ", Relaxed::SOFT, "\n";

echo "declaring the bad class\n";
if (Relaxed::SOFT > 0) {
    class Broken extends Settings {
        const LIMIT = 20;
    }
}
echo "not reached\n";
