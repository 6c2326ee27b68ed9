# Sourced by the bench scripts. bench/RESULTS.md is one file written by several scripts: bench/run.sh owns the top (up
# to the first "## " heading) and each other script owns one "## " section, which it replaces without touching the rest.

# bench_replace_section RESULTS PREFIX SECTION: puts the file SECTION (starting with its "## " heading) in place of the
# section whose heading starts with PREFIX, or at the end when there is none.
bench_replace_section() {
  local results=$1 prefix=$2 section=$3
  touch "$results"
  awk -v prefix="$prefix" '
    index($0, prefix) == 1 { skip = 1; next }
    skip && /^## / { skip = 0 }
    skip { next }
    /^$/ { blanks++; next }
    { while (blanks > 0) { print ""; blanks-- } print }
  ' "$results" > "$results.tmp"
  { cat "$results.tmp"; printf '\n'; cat "$section"; } > "$results"
  rm -f "$results.tmp"
}

# The "## " sections after bench/run.sh's part, for it to keep when it rewrites the top.
bench_other_sections() {
  sed -n '/^## /,$p' "$1" 2>/dev/null || true
}
