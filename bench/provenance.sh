# Sourced by the bench scripts. Results must be reproducible from a commit: a run from a tree with changes (other than
# the results themselves) is refused before anything is built, unless BENCH_ALLOW_DIRTY=1 says to measure it anyway,
# and then the results carry the diff that was measured.

# The tree's changes that would make the results not those of HEAD, one `git status --porcelain` line each.
bench_changes() {
  git status --porcelain --untracked-files=all -- . ':(exclude)bench/RESULTS.md' ':(exclude)bench/results'
}

# Exits unless the checkout is a clean git tree or BENCH_ALLOW_DIRTY=1.
bench_require_clean_tree() {
  if ! git rev-parse --verify -q HEAD >/dev/null; then
    [ "${BENCH_ALLOW_DIRTY:-}" = 1 ] && return 0
    echo "bench: not a git checkout, so the results could not name the commit they measure (BENCH_ALLOW_DIRTY=1 runs anyway)" >&2
    exit 2
  fi
  local changes
  changes=$(bench_changes)
  if [ -n "$changes" ] && [ "${BENCH_ALLOW_DIRTY:-}" != 1 ]; then
    echo "bench: the tree has uncommitted changes; commit them (or BENCH_ALLOW_DIRTY=1 to measure them and record the diff):" >&2
    printf '%s\n' "$changes" >&2
    exit 2
  fi
}

# One Markdown sentence naming what was measured: the commit, and the diff when the tree was not clean.
bench_provenance() {
  local commit changes
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  changes=$(bench_changes 2>/dev/null || true)
  if [ -z "$changes" ]; then
    printf 'commit `%s` (clean tree).' "$commit"
    return
  fi
  printf 'commit `%s` **plus uncommitted changes** (BENCH_ALLOW_DIRTY=1), recorded below.\n\n' "$commit"
  printf '<details><summary>The measured diff against %s</summary>\n\n```diff\n' "$commit"
  git diff HEAD -- . ':(exclude)bench/RESULTS.md'
  printf '```\n\nUntracked files: %s\n\n</details>\n' \
    "$(git ls-files --others --exclude-standard -- . ':(exclude)bench/results' | tr '\n' ' ')"
}
