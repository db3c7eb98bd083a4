<?php
// User classes cannot implement Throwable directly; they must extend
// Exception or Error. An interface extending Throwable is fine, but a class
// implementing it without extending Exception/Error is fatal at compile time.
echo "never printed\n";

interface AppThrowable extends Throwable {}
class AppException extends Exception implements AppThrowable {}

class NotAnException implements AppThrowable {
    public function getMessage(): string { return ""; }
}

echo "not reached\n";
