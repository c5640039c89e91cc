#!/bin/sh
# hook.sh OCOP — the git pre-commit hook that ocop-check(1) documents.
#
# The hook is taken from the page itself (its EXAMPLES), installed in a
# data directory kept in git, and must pass a commit of sound records,
# refuse one that holds a broken record (by hand, or ocop's own commit
# with "git: commit"), and pass again once the record is mended.
# Ends with "hook: N passed, N failed".
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-hook.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20 HOME="$tmp"
export GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.org \
       GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@example.org
unset OCOP_DATA LANG LANGUAGE
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
mkdir "$tmp/bin" && ln -s "$ocop" "$tmp/bin/ocop"
PATH="$tmp/bin:$PATH"
export PATH

# The hook, as ocop-check(1) writes it.
mandoc -Tutf8 -Owidth=1000 "$top/man/ocop-check.1" | sed 's/.\x08//g' |
	awk '/\$ cat > \.git\/hooks\/pre-commit <</ { on = 1; next }
	     on && /^ *EOF$/ { exit }
	     on { sub(/^           /, ""); print }' >"$tmp/hook"
if head -n 1 "$tmp/hook" | grep -q '^#!' && grep -q 'ocop check' "$tmp/hook"; then ok; else
	ko "ocop-check(1) shows no pre-commit hook that runs ocop check:"; sed 's/^/    /' "$tmp/hook"
fi

cd "$tmp" || exit 3
ocop init d --province "Quảng Ngãi" >/dev/null 2>&1
cd d || exit 3
git init -q && cp "$tmp/hook" .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit

# commit WANT MESSAGE: git commit of everything must succeed (0) or fail (1).
commit() {
	git add -A && git commit -q -m "$2" >"$tmp/out" 2>&1
	rc=$?
	if { [ "$1" = 0 ] && [ $rc = 0 ]; } || { [ "$1" = 1 ] && [ $rc != 0 ]; }; then ok; else
		ko "git commit '$2': exit $rc"; sed 's/^/    /' "$tmp/out"
	fi
}
ocop producer add "Hộ kinh doanh Lê Thanh Hường" --kind household --id le-thanh-huong >/dev/null
commit 0 "a sound record"
# A copied file keeps the id of its original: refused, the hook says why.
cp producers/le-thanh-huong.yaml producers/le-thanh-huong-2.yaml
commit 1 "a broken record"
if grep -q "le-thanh-huong-2.yaml:1:5: error: id: 'le-thanh-huong' is not the file's name" "$tmp/out"; then ok; else ko "the hook does not say why: $(cat "$tmp/out")"; fi
if [ "$(git log --format=%s | head -n 1)" = "a sound record" ]; then ok; else ko "the broken record was committed"; fi
# ocop's own commit (git: commit) skips the hook: what it writes was
# checked before the write, and it commits only its own files, so the
# broken file above stays out of the commit.
echo "git: commit" >>ocop.yaml
ocop producer add "Cơ sở sản xuất bánh tráng" --kind facility --id banh-trang >/dev/null 2>"$tmp/err"
rc=$?
committed=$(git ls-tree -r --name-only HEAD)
if [ $rc = 0 ] && echo "$committed" | grep -qx producers/banh-trang.yaml &&
   ! echo "$committed" | grep -qx producers/le-thanh-huong-2.yaml; then ok; else
	ko "ocop's own commit: exit $rc: $(cat "$tmp/err")"; fi
# Mended, both pass.
sed -i 's/^id: .*/id: le-thanh-huong-2/' producers/le-thanh-huong-2.yaml
commit 0 "mended"
ocop producer add "Hợp tác xã Nông nghiệp Nghĩa Lộ" --kind cooperative --id htx-nghia-lo >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc = 0 ] && [ "$(git log --format=%s | head -n 1)" = 'producer: add htx-nghia-lo "Hợp tác xã Nông nghiệp Nghĩa Lộ"' ]; then ok; else
	ko "ocop's commit of a sound directory: exit $rc: $(cat "$tmp/err"); $(git log --format=%s | head -n 1)"
fi

echo "hook: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
