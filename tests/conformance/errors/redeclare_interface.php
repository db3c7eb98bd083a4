<?php
// An interface whose name is taken: the error says "interface".
interface ArrayAccess { }
