<?php
declare(strict_types=1);

/*
 * Front script of the object-oriented test application (tests/cli/oo_app.sh).
 *
 * Classes live under src/, one per file, PSR-4 style: App\Foo\Bar is src/Foo/Bar.<ext>.
 * OO_APP_EXT picks the extension (default "php"; "phpo" loads compiled images) and
 * OO_APP_ROOT the tree to load from (default __DIR__, which for a compiled main.php is the
 * directory of the original source, not of the image).
 */

$ooAppRoot = getenv('OO_APP_ROOT');
$ooAppExt = getenv('OO_APP_EXT');
$OO_APP_SETTINGS = [
    'root' => ($ooAppRoot === false || $ooAppRoot === '') ? __DIR__ : rtrim($ooAppRoot, '/'),
    'ext' => ($ooAppExt === false || $ooAppExt === '') ? 'php' : ltrim($ooAppExt, '.'),
    'loaded' => [],
    'misses' => [],
];
unset($ooAppRoot, $ooAppExt);

spl_autoload_register(static function (string $class): void {
    global $OO_APP_SETTINGS;
    $prefix = 'App\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        $OO_APP_SETTINGS['misses'][] = $class;
        return;
    }
    $relative = str_replace('\\', '/', substr($class, strlen($prefix)));
    $file = $OO_APP_SETTINGS['root'] . '/src/' . $relative . '.' . $OO_APP_SETTINGS['ext'];
    if (!is_file($file)) {
        $OO_APP_SETTINGS['misses'][] = $class;
        return;
    }
    $OO_APP_SETTINGS['loaded'][] = $class;
    require $file;
});

ob_start();

echo "oo_app: an invoice and report scenario over a DI container, an event dispatcher and a template engine\n";
echo 'autoloaders registered: ', count(spl_autoload_functions()), "\n";

$application = new App\Application();
$status = $application->run();
unset($application);

echo "\nAutoloading\n===========\n";
$loaded = $OO_APP_SETTINGS['loaded'];
echo 'classes loaded: ', count($loaded), ', unique: ', count(array_unique($loaded)), "\n";
sort($loaded);
foreach (array_chunk($loaded, 4) as $row) {
    echo '  ', implode(', ', array_map(static fn (string $c): string => substr($c, 4), $row)), "\n";
}
$misses = array_values(array_unique($OO_APP_SETTINGS['misses']));
sort($misses);
echo 'lookups that found no file: ', $misses === [] ? '(none)' : implode(', ', $misses), "\n";
echo 'exit status: ', $status, "\n";

$output = ob_get_clean();
echo $output;
printf("checksum: md5=%s bytes=%d lines=%d\n", md5($output), strlen($output), substr_count($output, "\n"));
exit($status);
