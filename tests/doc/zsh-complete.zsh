# zsh-complete.zsh _OCOP CASES — drive completion/_ocop as zsh's completion
# system would, with compadd, compset and _files replaced by recorders:
# each case of CASES ("LINE|DIR|EXPECTED", as in completion.sh) sets words,
# CURRENT and PREFIX, runs the function as autoload would, and compares
# the words it offered that match what was typed.  Run by completion.sh;
# ends with "zsh: N passed, N failed".
emulate -L zsh
setopt extendedglob
local file=$1 cases=$2 line dir want got_s passed=0 failed=0
local -a got words
typeset -g PREFIX CURRENT

compadd() {
	local arrays=0 n
	while (( $# )); do
		case $1 in
		-S|-P|-J|-X) shift 2 ;;
		-a) arrays=1; shift ;;
		--) shift; break ;;
		-*) shift ;;
		*) break ;;
		esac
	done
	if (( arrays )); then
		for n in "$@"; do got+=("${(@P)n}"); done
	else
		got+=("$@")
	fi
}
compset() {
	[[ $1 == -P && $PREFIX == *=* ]] && PREFIX=${PREFIX#*=}
	return 0
}
_files() {
	if [[ $1 == -/ ]]; then got+=(${PREFIX}*(N/)); else got+=(${PREFIX}*(N)); fi
}
functions[_ocop_autoload]=$(<$file)

while IFS='|' read -r line dir want; do
	line=${line%\~}
	words=(${(z)line})
	[[ $line == *' ' ]] && words+=("")
	CURRENT=$#words
	PREFIX=$words[CURRENT]
	got=()
	(cd $dir && _ocop_autoload && print -rl -- ${(M)got:#${PREFIX}*}) >$TMPDIR/zgot 2>$TMPDIR/zerr
	got_s=${(j: :)${(o)${(f)"$(<$TMPDIR/zgot)"}}}
	if [[ $got_s == $want && ! -s $TMPDIR/zerr ]]; then
		(( passed++ ))
	else
		(( failed++ ))
		print -r -- "FAIL (zsh): '$line' in $dir: got '$got_s', expected '$want'"
		[[ -s $TMPDIR/zerr ]] && sed 's/^/    /' $TMPDIR/zerr
	fi
done <$cases
print "zsh: $passed passed, $failed failed"
