#!/usr/bin/env bash
# Differential conformance runner for phpovm.
#
# Usage: run.sh PHPOVM_BIN PHP_BIN [FILE...]
#
# With no FILE arguments every *.php file under tests/conformance/ (the
# directory holding this script) is run, recursively, in sorted order.
#
# For each program P:
#   oracle : cd dirname(P); PHP_BIN FLAGS P ARGS
#   image  : PHPOVM_BIN compile FLAGS P -o M/P; PHPOVM_BIN FLAGS M/P ARGS, where M is P's
#            directory copied under TMP/moved (the whole suite is): the image, under its
#            source's name, runs moved (from M) as a compiled tree does, relocated (spec/phpo-format.md,
#            "Relocation"), beside copies of the files it reads (compared as the compiler's
#            output followed by the run's output, with TMP/moved taken out of paths)
#   source : PHPOVM_BIN FLAGS -d phpovm.cache_dir=TMP/cache P ARGS (an empty cache)
#   cached : the same again, running the image the source run left in the cache
# stdout, stderr and the exit status of both phpovm runs must equal the
# oracle's byte for byte (after normalise(), currently the identity).
#
# FLAGS = the base flags below, plus "-d KEY=VAL" for every line in P of the
# form "// ini: KEY=VAL".  ARGS = the words of an optional "// args: a b c"
# line, passed after the script path.
#
# Known failures are listed in tests/conformance/known-failures.txt.
#
# Environment: CONFORMANCE_JOBS (default 2) parallel jobs,
#              CONFORMANCE_TIMEOUT (default 20) seconds per process,
#              CONFORMANCE_VERBOSE=1 also prints a line for every pass,
#              CONFORMANCE_CACHED=0 leaves out the cached run,
#              CONFORMANCE_PHPOVM_FLAGS more flags for phpovm's runs only (the
#              JIT's test runs the suite with the JIT forced through it).

set -u

TIMEOUT_SECS=${CONFORMANCE_TIMEOUT:-20}
CACHED_RUNS=${CONFORMANCE_CACHED:-1}
read -r -a PHPOVM_EXTRA <<< "${CONFORMANCE_PHPOVM_FLAGS:-}"
BASE_FLAGS=(-n -d error_reporting=-1 -d display_errors=1 -d log_errors=0
            -d html_errors=0 -d memory_limit=128M)

# ---------------------------------------------------------------------------
# normalise FILE
#
# Applied to every captured stream (stdout and stderr) of the oracle and of
# phpovm before comparison.  It is deliberately the IDENTITY for now.
#
# Any difference between phpovm and php that exists BY DESIGN must first be
# documented in spec/differences.md; only then may a rule normalising it be
# added here (with a comment pointing to the relevant section).
# ---------------------------------------------------------------------------
normalise() {
    : # identity: no normalisation
}

# ---------------------------------------------------------------------------
# Worker: runs one program and writes its verdict into RESULT_DIR/IDX.*
#   IDX.status : "pass" or "fail"
#   IDX.report : human readable failure report (FAIL lines + diffs)
# ---------------------------------------------------------------------------

# compare_run MODE WORKDIR -> appends to report, returns 0 if identical
compare_run() {
    local mode=$1 w=$2 rel=$3 ok=0 s
    for s in stdout stderr; do
        if ! cmp -s "$w/oracle.$s" "$w/$mode.$s"; then
            ok=1
        fi
    done
    if [ "$(cat "$w/oracle.rc")" != "$(cat "$w/$mode.rc")" ]; then
        ok=1
    fi
    if [ $ok -ne 0 ]; then
        {
            echo "FAIL $rel ($mode)"
            for s in stdout stderr; do
                if ! cmp -s "$w/oracle.$s" "$w/$mode.$s"; then
                    diff -u --label "expected $s (php)" \
                            --label "actual $s (phpovm $mode)" \
                            "$w/oracle.$s" "$w/$mode.$s"
                fi
            done
            local erc arc
            erc=$(cat "$w/oracle.rc"); arc=$(cat "$w/$mode.rc")
            if [ "$erc" != "$arc" ]; then
                echo "exit status: expected $erc, actual $arc"
            fi
            [ "$arc" = 124 ] && echo "(phpovm $mode timed out after ${TIMEOUT_SECS}s)"
        } >> "$w/report"
    fi
    return $ok
}

# run_capture DIR PREFIX CMD... : runs CMD in DIR, capturing PREFIX.{stdout,stderr,rc}
run_capture() {
    local dir=$1 prefix=$2
    shift 2
    (cd "$dir" && timeout -k 2 "$TIMEOUT_SECS" "$@" < /dev/null \
        > "$prefix.stdout" 2> "$prefix.stderr")
    echo $? > "$prefix.rc"
    normalise "$prefix.stdout"
    normalise "$prefix.stderr"
}

worker() {
    local idx=$1 abs=$2 rel=$3
    local w="$RESULT_DIR/$idx"
    mkdir -p "$w"
    : > "$w/report"

    local dir base line flags args
    dir=$(dirname "$abs")
    base=$(basename "$abs")
    flags=("${BASE_FLAGS[@]}")
    args=()
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        if [[ $line =~ ^[[:space:]]*//[[:space:]]*ini:[[:space:]]*(.*[^[:space:]])[[:space:]]*$ ]]; then
            flags+=(-d "${BASH_REMATCH[1]}")
        elif [[ $line =~ ^[[:space:]]*//[[:space:]]*args:(.*)$ ]]; then
            # word-split without glob expansion
            set -f
            # shellcheck disable=SC2206
            args=(${BASH_REMATCH[1]})
            set +f
        fi
    done < "$abs"

    local failed=0

    # Oracle.
    run_capture "$dir" "$w/oracle" "$PHP_BIN" "${flags[@]}" "$base" "${args[@]}"
    if [ "$(cat "$w/oracle.rc")" = 124 ]; then
        echo "FAIL $rel (oracle): php timed out after ${TIMEOUT_SECS}s" >> "$w/report"
        echo fail > "$w/status"
        return
    fi

    # phpovm run 1: compile to an image, then run the image, moved.
    local moved="$RESULT_DIR/moved$dir"
    local img="$moved/$base"
    # The compiler runs with the same settings: diagnostics libphp emits while compiling (and the
    # optimizer's constant folding) then match what php-cli does when it compiles the file.
    (cd "$dir" && timeout -k 2 "$TIMEOUT_SECS" "$PHPOVM_BIN" compile "${flags[@]}" "$base" -o "$img.$idx" \
        < /dev/null > "$w/compile.stdout" 2> "$w/compile.stderr")
    local crc=$?
    local written=0  # renamed at once: another program may include it
    [ -f "$img.$idx" ] && mv "$img.$idx" "$img" && written=1
    cat "$w/compile.stdout" "$w/compile.stderr" > "$w/compile.out"
    if [ $crc -ne 0 ] && [ "$(cat "$w/oracle.rc")" = "$crc" ]; then
        # A program php refuses at compile time: compiling it must report exactly what php reports.
        cp "$w/compile.stdout" "$w/image.stdout"
        cp "$w/compile.stderr" "$w/image.stderr"
        echo "$crc" > "$w/image.rc"
        compare_run image "$w" "$rel" || failed=1
    elif [ $crc -ne 0 ] || [ $written -eq 0 ]; then
        {
            echo "FAIL $rel (compile)"
            echo "compiler exit status $crc; output:"
            sed 's/^/  | /' "$w/compile.out"
            [ $crc -eq 0 ] && echo "  (exit status 0 but no image written to $img)"
        } >> "$w/report"
        failed=1
    else
        run_capture "$moved" "$w/image" "$PHPOVM_BIN" "${flags[@]}" "${PHPOVM_EXTRA[@]}" "$base" "${args[@]}"
        # spec/differences.md, "Compile-time diagnostics": an image does not repeat what its
        # compilation printed, so the run is compared as compile output followed by run output.
        # spec/phpo-format.md, "Relocation": __FILE__, __DIR__, messages, $argv[0],
        # SCRIPT_FILENAME and get_included_files() name the moved image and the copies beside
        # it; they are compared as if they named the source.
        for stream in stdout stderr; do
            sed -e "s|$RESULT_DIR/moved/|/|g" "$w/image.$stream" > "$w/image.$stream.tmp"
            cat "$w/compile.$stream" "$w/image.$stream.tmp" > "$w/image.$stream"
            rm -f "$w/image.$stream.tmp"
        done
        compare_run image "$w" "$rel" || failed=1
    fi

    # phpovm run 2: run the source directly, with a compiled-source cache of its own (empty).
    run_capture "$dir" "$w/source" "$PHPOVM_BIN" "${flags[@]}" -d "phpovm.cache_dir=$w/cache" "${PHPOVM_EXTRA[@]}" \
        "$base" "${args[@]}"
    compare_run source "$w" "$rel" || failed=1

    # phpovm run 3: the same again, now running what run 2 left in the cache.
    if [ "$CACHED_RUNS" = 1 ]; then
        run_capture "$dir" "$w/cached" "$PHPOVM_BIN" "${flags[@]}" -d "phpovm.cache_dir=$w/cache" \
            "${PHPOVM_EXTRA[@]}" "$base" "${args[@]}"
        compare_run cached "$w" "$rel" || failed=1
    fi
    rm -rf "$w/cache"

    if [ $failed -eq 0 ]; then echo pass; else echo fail; fi > "$w/status"
}

if [ "${1:-}" = "--worker" ]; then
    shift
    worker "$@"
    exit 0
fi

# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
usage() {
    echo "usage: $0 PHPOVM_BIN PHP_BIN [FILE...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage

abspath_bin() {
    # Resolve a binary given as a path (containing /) to an absolute path;
    # bare names are looked up in PATH.
    case $1 in
        */*) echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" ;;
        *) command -v "$1" || echo "$1" ;;
    esac
}

PHPOVM_BIN=$(abspath_bin "$1")
PHP_BIN=$(abspath_bin "$2")
shift 2
for b in "$PHPOVM_BIN" "$PHP_BIN"; do
    if [ ! -x "$b" ]; then
        echo "run.sh: not an executable: $b" >&2
        exit 2
    fi
done

SUITE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
SELF="$SUITE_DIR/$(basename "${BASH_SOURCE[0]}")"
KNOWN_FILE="$SUITE_DIR/known-failures.txt"

FILES=()
if [ $# -eq 0 ]; then
    while IFS= read -r -d '' f; do
        FILES+=("$f")
    done < <(find "$SUITE_DIR" -type f -name '*.php' -print0 | LC_ALL=C sort -z)
else
    for f in "$@"; do
        if [ ! -f "$f" ]; then
            echo "run.sh: no such file: $f" >&2
            exit 2
        fi
        FILES+=("$(cd "$(dirname "$f")" && pwd -P)/$(basename "$f")")
    done
fi
if [ ${#FILES[@]} -eq 0 ]; then
    echo "run.sh: no programs found" >&2
    exit 2
fi

RESULT_DIR=$(mktemp -d "${TMPDIR:-/tmp}/phpovm-conformance.XXXXXX") || exit 2
# shellcheck disable=SC2317  # invoked via trap
cleanup() { rm -rf "$RESULT_DIR"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export PHPOVM_BIN PHP_BIN RESULT_DIR TIMEOUT_SECS

# Known failures: "relative/path.php  reason..." (# comments, blank lines).
declare -A KNOWN=()
if [ -f "$KNOWN_FILE" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        line=${line%%#*}
        read -r kpath kreason <<< "$line"
        [ -n "${kpath:-}" ] || continue
        KNOWN[$kpath]=${kreason:-"(no reason given)"}
    done < "$KNOWN_FILE"
fi

RELS=()
{
    i=0
    for f in "${FILES[@]}"; do
        case $f in
            "$SUITE_DIR"/*) rel=${f#"$SUITE_DIR"/} ;;
            *) rel=$f ;;
        esac
        RELS+=("$rel")
        printf '%05d\0%s\0%s\0' "$i" "$f" "$rel"
        i=$((i + 1))
    done
} > "$RESULT_DIR/jobs"

# Where images run: a copy of the suite (and of the directory of any program outside it).
mkdir -p "$RESULT_DIR/moved$SUITE_DIR"
cp -a "$SUITE_DIR/." "$RESULT_DIR/moved$SUITE_DIR"
for f in "${FILES[@]}"; do
    d=$(dirname "$f")
    [ -d "$RESULT_DIR/moved$d" ] && continue
    mkdir -p "$RESULT_DIR/moved$d"
    cp -a "$d/." "$RESULT_DIR/moved$d"
done

xargs -0 -n 3 -P "${CONFORMANCE_JOBS:-2}" bash "$SELF" --worker < "$RESULT_DIR/jobs"

passed=0; failed=0; known=0
for i in "${!FILES[@]}"; do
    idx=$(printf '%05d' "$i")
    rel=${RELS[$i]}
    w="$RESULT_DIR/$idx"
    status=$(cat "$w/status" 2>/dev/null || echo missing)
    if [ -n "${KNOWN[$rel]+x}" ]; then
        if [ "$status" = pass ]; then
            echo "FAIL $rel (unexpectedly passes: remove it from known-failures.txt)"
            failed=$((failed + 1))
        else
            echo "known failure: $rel (${KNOWN[$rel]})"
            known=$((known + 1))
        fi
        continue
    fi
    case $status in
        pass)
            passed=$((passed + 1))
            [ "${CONFORMANCE_VERBOSE:-0}" = 1 ] && echo "ok $rel"
            ;;
        fail)
            cat "$w/report"
            failed=$((failed + 1))
            ;;
        *)
            echo "FAIL $rel (runner): no result recorded"
            failed=$((failed + 1))
            ;;
    esac
done

# Warn about stale entries in known-failures.txt (only when running everything).
if [ $# -eq 0 ]; then
    for k in "${!KNOWN[@]}"; do
        [ -f "$SUITE_DIR/$k" ] || echo "warning: known-failures.txt lists missing program: $k" >&2
    done
fi

summary="conformance: $passed passed, $failed failed"
[ $known -gt 0 ] && summary="$summary, $known known failures"
echo "$summary"
[ $failed -gt 0 ] && exit 1
exit 0
