<?php
// Interface constants: access paths, inheritance, overriding, final.
interface HasVersion {
    const VERSION = 3;
    const NAME = 'iface';
    public const LABEL = self::NAME . ' v' . self::VERSION;
    final public const LOCKED = 'locked';
}
interface Extended extends HasVersion {
    const EXTRA = self::VERSION * 10;
}

class Impl implements Extended {
    // overriding a non-final interface constant is allowed since PHP 8.1
    const NAME = 'impl';
    public function show(): string {
        return implode(' ', [self::VERSION, static::NAME, self::LABEL, self::EXTRA, self::LOCKED]);
    }
}
class SubImpl extends Impl {
    const VERSION = 4;
}

echo HasVersion::VERSION, " ", HasVersion::LABEL, "\n";
echo Extended::EXTRA, " ", Extended::NAME, "\n";
echo Impl::NAME, " ", Impl::LABEL, " ", Impl::LOCKED, "\n";
echo (new Impl())->show(), "\n";
echo (new SubImpl())->show(), "\n";
echo SubImpl::VERSION, " ", SubImpl::EXTRA, "\n";
$o = new SubImpl();
echo $o::VERSION, "\n";
$iface = 'Extended';
echo $iface::EXTRA, " ", constant("$iface::LABEL"), "\n";

$rc = new ReflectionClass('SubImpl');
print_r($rc->getConstants());
var_dump($rc->getReflectionConstant('VERSION')->getDeclaringClass()->getName());
var_dump((new ReflectionClassConstant('HasVersion', 'LOCKED'))->isFinal());

echo "overriding a final interface constant:\n";
if (true) {
    class Bad implements HasVersion {
        const LOCKED = 'unlocked';
    }
}
echo "not reached\n";
