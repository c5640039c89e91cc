#!/bin/sh
# completion.sh OCOP — bash completion (completion/ocop.bash) driven as
# bash drives it: COMP_WORDS, COMP_CWORD, then _ocop, then COMPREPLY.
#
# The words come from ocop --ocop-completion-helper, so the test also
# checks that the options completion offers are those --help lists, for
# every command and sub-command.  Ends with "completion: N passed, N failed".
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-completion.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20 HOME="$tmp"
unset OCOP_DATA LANG LANGUAGE

if ! command -v bash >/dev/null 2>&1; then
	echo "completion: bash is not installed"
	echo "completion: 0 passed, 1 failed"
	exit 1
fi

# A data directory with two producers and three products; an empty one.
mkdir "$tmp/bin" && ln -s "$ocop" "$tmp/bin/ocop"
PATH="$tmp/bin:$PATH"
export PATH
(
	cd "$tmp" && ocop init d --province "Quảng Ngãi" &&
	cd d &&
	ocop producer add "Công ty TNHH XNK Yến sào Cù Lao Ré" --kind enterprise --id yen-sao-cu-lao-re &&
	ocop producer add "Hộ kinh doanh Lê Thanh Hường" --kind household --id le-thanh-huong &&
	ocop product add "Yến rút lông nguyên tổ Culaore" --producer yen-sao-cu-lao-re --category food &&
	ocop product add "Yến thô cao cấp Culaore" --producer yen-sao-cu-lao-re --category food &&
	ocop product add "Đường phèn Tuyết Hường" --producer le-thanh-huong --category food &&
	mkdir ../e && touch ../e/so-ocop.csv
) >/dev/null 2>"$tmp/setup.err" || { cat "$tmp/setup.err"; echo "completion: 0 passed, 1 failed"; exit 1; }

# The cases, run by one bash: "LINE|DIR|EXPECTED" (the completions, sorted,
# space-separated; a trailing '~' in LINE stands for the end of the line).
cat >"$tmp/cases" <<'CASES'
ocop pro|d|producer product
ocop product sh|d|show
ocop product show ~|d|duong-phen-tuyet-huong yen-rut-long-nguyen-to-culaore yen-tho-cao-cap-culaore
ocop product show yen-r|d|yen-rut-long-nguyen-to-culaore
ocop producer show ~|d|le-thanh-huong yen-sao-cu-lao-re
ocop producer rm le|d|le-thanh-huong
ocop product show ~|e|
ocop -C d product show yen-t|.|yen-tho-cao-cap-culaore
ocop -Cd producer set ~|.|le-thanh-huong yen-sao-cu-lao-re
ocop product add --c|d|--category=
ocop product add --producer ~|d|le-thanh-huong yen-sao-cu-lao-re
ocop product add x --producer=y|d|yen-sao-cu-lao-re
ocop product add x --category f|d|food
ocop product add x --category=h|d|handicraft herbal
ocop product add x --origin ~|d|existing idea
ocop product add x --step ~|d|evaluate guidance idea implement plan promote
ocop product list --status ~|d|certified expired expiring idea in-progress rejected revoked
ocop product list --format=~|d|csv html json md text tsv xlsx
ocop product list --stars ~|d|
ocop product list -o so|e|so-ocop.csv
ocop product list --output so|e|so-ocop.csv
ocop product set duong-phen-tuyet-huong readiness.b|d|readiness.barcode=
ocop product listing ~|d|add rm
ocop product listing add duong|d|duong-phen-tuyet-huong
ocop product listing rm duong-phen-tuyet-huong ~|d|
ocop producer set le-thanh-huong ta|d|tax_code=
ocop producer add x --kind h|d|household
ocop cycle ~|d|advance reject show
ocop cycle advance ~|d|duong-phen-tuyet-huong yen-rut-long-nguyen-to-culaore yen-tho-cao-cap-culaore
ocop cycle advance duong-phen-tuyet-huong --to p|d|plan promote
ocop cycle advance duong-phen-tuyet-huong --date 2025-01-01 ~|d|
ocop rate ward yen-tho-cao-cap-culaore --fail local_i|d|local_identity
ocop rate council yen-tho-cao-cap-culaore --level ~|d|central district province
ocop rate revoke d|d|duong-phen-tuyet-huong
ocop report ~|d|certified expiring pipeline ptnt-ocop quarter readiness summary targets
ocop report summary --f|d|--format= --frame
ocop check ~|d|files records refs rules
ocop check files r|d|records refs rules
ocop import ~|d|producers products
ocop import products so|e|so-ocop.csv
ocop log l|d|le-thanh-huong
ocop hook ~|d|install
ocop help pr|d|producer product
ocop help product ~|d|
ocop ~|d|bundle check cycle doc event help hook import init label log producer product rate report site sync ward
ocop label ~|d|duong-phen-tuyet-huong yen-rut-long-nguyen-to-culaore yen-tho-cao-cap-culaore
ocop label --a|d|--all
ocop site --u|d|--url=
ocop ward ~|d|add list rm
ocop ward rm ~|d|
ocop sync so|e|so-ocop.csv
ocop bundle --since ~|d|
ocop event ~|d|add list rm set show
ocop event add t|d|training
ocop event add training x --producers l|d|le-thanh-huong
ocop doc ~|d|add kinds list rm
ocop doc add duong|d|duong-phen-tuyet-huong
ocop doc add duong-phen-tuyet-huong food|d|food-safety
ocop --c|d|--color=
ocop --color ~|d|always auto never
ocop --lang=~|d|en vi
ocop -C ~|e|
ocop init ~|e|
ocop -q --wait 5 -C d product show duong|.|duong-phen-tuyet-huong
CASES

cat >"$tmp/driver.bash" <<'DRIVER'
# Load bash-completion when it is installed, as an interactive shell does;
# ocop.bash works with or without it.
[ -r /usr/share/bash-completion/bash_completion ] &&
	. /usr/share/bash-completion/bash_completion
. "$1"
complete -p ocop >/dev/null || { echo "FAIL: ocop.bash defines no completion"; exit 1; }
passed=0 failed=0
while IFS='|' read -r line dir want; do
	line=${line%\~}
	# Split as readline does with the default COMP_WORDBREAKS: at blanks,
	# and '=' is a word of its own.
	read -ra COMP_WORDS <<<"${line//=/ = }"
	[[ $line == *' ' ]] && COMP_WORDS+=("")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE=$line COMP_POINT=${#line}
	COMPREPLY=()
	(cd "$2/$dir" && { _ocop; printf '%s\n' "${COMPREPLY[@]}" >"$2/got"; }) 2>"$2/err"
	got=$(sort "$2/got" | grep -v '^$' | tr '\n' ' ' | sed 's/ $//')
	if [[ $got == "$want" && ! -s $2/err ]]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: '$line' in $dir: got '$got', expected '$want'"
		[[ -s $2/err ]] && sed 's/^/    /' "$2/err"
	fi
done <"$2/cases"
echo "$passed $failed" >"$2/counts"
DRIVER
bash "$tmp/driver.bash" "$top/completion/ocop.bash" "$tmp"
read -r passed failed <"$tmp/counts" 2>/dev/null || { passed=0 failed=1; }

# The options completion offers are those --help lists, for every command
# and sub-command (both come from one option table; this guards the helper).
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
for cmd in $(ocop --ocop-completion-helper | grep -v '^-'); do
	[ "$cmd" = help ] && continue
	subs=$(ocop "$cmd" --ocop-completion-helper | grep -v '^-')
	for sub in ${subs:-""}; do
		# shellcheck disable=SC2086
		help=$(ocop "$cmd" $sub --help | sed -n '/^$/,$p' | grep -o -- '--[a-z][a-z-]*' | sort -u)
		# shellcheck disable=SC2086
		comp=$(ocop "$cmd" $sub --ocop-completion-helper | grep -- '^--' | sed 's/=$//' | sort -u)
		if [ "$help" = "$comp" ]; then ok; else ko "ocop $cmd $sub: --help lists $(echo "$help" | tr "\n" " "), completion offers $(echo "$comp" | tr "\n" " ")"; fi
	done
done
h=$(ocop --help | sed -n '/^$/,/^commands/p' | grep -o -- '--[a-z][a-z-]*' | sort -u)
c=$(ocop --ocop-completion-helper | grep -- '^--' | sed 's/=$//' | sort -u)
if [ "$h" = "$c" ]; then ok; else ko "ocop: --help lists $(echo "$h" | tr "\n" " "), completion offers $(echo "$c" | tr "\n" " ")"; fi
# The commands completion offers are those ocop --help lists.
h=$(ocop --help | sed -n '/^commands:/,/^$/p' | awk 'NF > 1 { print $1 }' | sort)
c=$(ocop --ocop-completion-helper | grep -v '^-' | sort)
if [ "$h" = "$c" ]; then ok; else ko "commands: --help lists $(echo "$h" | tr "\n" " "), completion offers $(echo "$c" | tr "\n" " ")"; fi

# zsh: the function parses, and completes the same words (when zsh is here).
if command -v zsh >/dev/null 2>&1; then
	if zsh -n "$top/completion/_ocop" 2>"$tmp/zerr"; then ok; else ko "zsh -n _ocop: $(cat "$tmp/zerr")"; fi
	(cd "$tmp" && TMPDIR="$tmp" zsh -f "$top/tests/doc/zsh-complete.zsh" \
		"$top/completion/_ocop" "$tmp/cases") >"$tmp/zout" 2>&1
	zp=$(sed -n 's/^zsh: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$tmp/zout")
	zf=$(sed -n 's/^zsh: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$tmp/zout")
	grep -v '^zsh: [0-9]* passed' "$tmp/zout"
	passed=$((passed + ${zp:-0})) failed=$((failed + ${zf:-1}))
else
	echo "completion: zsh is not installed; _ocop not tested"
fi

echo "completion: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
