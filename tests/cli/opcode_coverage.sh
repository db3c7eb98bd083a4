#!/usr/bin/env bash
# Opcode coverage of the conformance suite: prints the "opcode coverage:" summary and what no
# program exercises, with the reason when libphp cannot emit the opcode for user code.
set -u
PHPOVM=$1
suite=$(cd "$(dirname "$0")/../conformance" && pwd)
mapfile -d '' programs < <(find "$suite" -name '*.php' -print0 | LC_ALL=C sort -z)
"$PHPOVM" coverage --reasons "$suite/opcode-reasons.txt" "${programs[@]}"
