<?php
// A class whose name is taken (here by a builtin) is a fatal error naming it as written.
echo "before\n";
class stdclass {
}
echo "not reached\n";
