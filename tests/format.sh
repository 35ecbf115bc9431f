#!/usr/bin/env bash
# Every C and C++ file of the repository is formatted as .clang-format says;
# lists the files that are not (fix them with clang-format -i).
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
bad=()
while IFS= read -r f; do
    "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <(git ls-files '*.c' '*.h' '*.cpp')
if [ "${#bad[@]}" -gt 0 ]; then
    echo "FAIL: not formatted as .clang-format says ($clang_format -i FILE... fixes them):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "ok: $(git ls-files '*.c' '*.h' '*.cpp' | wc -l) files formatted"
