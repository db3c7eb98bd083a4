<?php
echo "[$argi:", strrev($argn), "]\n";
