# bash completion for ocop(1)                               -*- shell-script -*-
#
# Installed as $(PREFIX)/share/bash-completion/completions/ocop, where
# bash-completion loads it the first time ocop is completed; or source it
# from ~/.bashrc.  Every word offered comes from ocop itself, as git's
# completion comes from --git-completion-helper:
#
#   ocop --ocop-completion-helper               the commands, the global options
#   ocop CMD [SUB] --ocop-completion-helper     its sub-commands, or its options
#   ocop [-C DIR] --ocop-completion-helper CMD [SUB] [WORD...] [--OPTION]
#                                               what the next word, or OPTION, takes:
#                                               ids of the data directory,
#                                               categories, steps, reports, ...
#
# so the words are those of the option tables the commands parse, and of
# the data directory the command would use.

# _ocop_run ARGS...: run the ocop being completed, with the -C DIR typed.
_ocop_run()
{
	"$_ocop_prog" "${_ocop_globals[@]}" "$@" 2>/dev/null
}

# _ocop_dequote WORD: a word as typed (~, quotes) as the shell will pass it.
_ocop_dequote()
{
	local w=$1
	case $w in
	\'*\') w=${w:1:${#w}-2} ;;
	\"*\") w=${w:1:${#w}-2} ;;
	\~/*) w=$HOME/${w#\~/} ;;
	esac
	printf '%s' "$w"
}

# _ocop_reply WORDS CUR: COMPREPLY from the helper's answer.
_ocop_reply()
{
	local words=$1 cur=$2 w
	case $words in
	:file)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		return ;;
	:dir)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -d -- "$cur")
		return ;;
	esac
	local IFS=$'\n'
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
	# "--format=" and "readiness.barcode=": the value follows, no space.
	for w in "${COMPREPLY[@]}"; do
		if [[ $w == *= ]]; then
			compopt -o nospace 2>/dev/null
			break
		fi
	done
}

_ocop()
{
	local cur=${COMP_WORDS[COMP_CWORD]} opt='' cmd='' sub='' w list subs opts
	local -a before=("${COMP_WORDS[@]:1:COMP_CWORD-1}") args=() pos=()
	local _ocop_prog=${COMP_WORDS[0]}
	local -a _ocop_globals=()

	COMPREPLY=()
	# bash splits "--format=cs" at '=' (COMP_WORDBREAKS): complete the value.
	if [[ $cur == = && ${#before[@]} -gt 0 ]]; then
		opt=${before[${#before[@]}-1]} cur=
		unset 'before[${#before[@]}-1]'
	elif [[ ${#before[@]} -gt 1 && ${before[${#before[@]}-1]} == = ]]; then
		opt=${before[${#before[@]}-2]}
		unset 'before[${#before[@]}-1]'
		unset 'before[${#before[@]}-1]'
	elif [[ $cur == --*=* ]]; then
		opt=${cur%%=*} cur=${cur#*=}
	fi
	before=("${before[@]}")

	# The global options, then the command.
	set -- "${before[@]}"
	while (($#)); do
		case $1 in
		-C)	[[ $# -ge 2 ]] && _ocop_globals+=(-C "$(_ocop_dequote "$2")")
			shift 2 || shift ;;
		-C?*)	_ocop_globals+=(-C "$(_ocop_dequote "${1#-C}")"); shift ;;
		--lang|--color|--wait)
			shift 2 || shift ;;
		-*)	shift ;;
		*)	cmd=$1; shift; break ;;
		esac
	done
	args=("$@")

	if [[ -z $cmd ]]; then
		[[ -z $opt && ${#before[@]} -gt 0 ]] && opt=${before[${#before[@]}-1]}
		case $opt in
		-C)	_ocop_reply :dir "$cur"; return ;;
		--lang|--color)
			_ocop_reply "$(_ocop_run --ocop-completion-helper "$opt")" "$cur"
			return ;;
		--wait)	return ;;
		esac
		list=$(_ocop_run --ocop-completion-helper)
		if [[ $cur == -* ]]; then
			_ocop_reply "$(printf '%s\n' -C -q; grep -- '^-' <<<"$list")" "$cur"
		else
			_ocop_reply "$(grep -v -- '^-' <<<"$list")" "$cur"
		fi
		return
	fi

	if [[ $cmd == help ]]; then
		[[ ${#args[@]} -eq 0 ]] &&
			_ocop_reply "$(_ocop_run --ocop-completion-helper help)" "$cur"
		return
	fi

	# A noun's sub-commands (producer add|list|…), else the command's options.
	list=$(_ocop_run "$cmd" --ocop-completion-helper)
	subs=$(grep -v -- '^-' <<<"$list")
	if [[ -n $subs ]]; then
		for w in "${args[@]}"; do
			[[ $w != -* ]] && { sub=$w; break; }
		done
		if [[ -z $sub ]]; then
			[[ $cur != -* ]] && _ocop_reply "$subs" "$cur"
			return
		fi
		opts=$(_ocop_run "$cmd" "$sub" --ocop-completion-helper)
	else
		opts=$list
	fi

	# The words typed after the command: options, their values, positionals.
	set -- "${args[@]}"
	[[ -n $sub ]] && shift	# the sub-command itself
	while (($#)); do
		case $1 in
		--)	shift; pos+=("$@"); break ;;
		--*=*)	shift ;;
		--*)	if grep -qx -- "$1=" <<<"$opts"; then
				[[ $# -eq 1 && -z $opt ]] && opt=$1
				shift
			fi
			shift ;;
		-o)	[[ $# -eq 1 && -z $opt ]] && opt=--output
			shift 2 || shift ;;
		-*)	shift ;;
		*)	pos+=("$1"); shift ;;
		esac
	done

	if [[ -n $opt ]]; then
		[[ $opt == -o ]] && opt=--output
		_ocop_reply "$(_ocop_run --ocop-completion-helper "$cmd" ${sub:+"$sub"} "$opt")" "$cur"
	elif [[ $cur == -* ]]; then
		_ocop_reply "$opts" "$cur"
	else
		_ocop_reply "$(_ocop_run --ocop-completion-helper "$cmd" ${sub:+"$sub"} "${pos[@]}")" "$cur"
	fi
}

complete -F _ocop ocop
