<?php
// php-cli's own functions and constant, which scripts test for: dl(), cli_set_process_title(),
// cli_get_process_title(), PHP_CLI_PROCESS_TITLE; and PHP_BINARY names an executable (php-cli:
// itself; phpovm: itself, so that scripts can run it again).
var_dump(function_exists('dl'), function_exists('cli_set_process_title'), function_exists('cli_get_process_title'),
         defined('PHP_CLI_PROCESS_TITLE'), PHP_CLI_PROCESS_TITLE);
var_dump(cli_get_process_title());
var_dump(cli_set_process_title("phpovm-test-title"));
var_dump(cli_get_process_title());
var_dump(PHP_BINARY !== '' && is_executable(PHP_BINARY));
var_dump((new ReflectionFunction('cli_set_process_title'))->getNumberOfRequiredParameters());
try { cli_set_process_title(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
