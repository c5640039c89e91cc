# ocop init in a directory or repository that has its own .gitignore and
# .gitattributes: the user's lines stay, ours are added once, and --git
# commits only init's own files.

$ git init -q r && printf 'secrets.env\n*.log\n' >r/.gitignore && printf '*.png binary' >r/.gitattributes && echo KEY=1 >r/secrets.env && echo draft >r/other.txt && git -C r add other.txt && ocop init --git r
2> ocop: made an empty data directory in r

$ cat r/.gitignore
> secrets.env
> *.log
> # Written by ocop init: the lock file of running ocop commands.
> /.ocop.lock
> .*.tmp-*

# A file with no last newline gets one before our lines.
$ cat r/.gitattributes
> *.png binary
> # Written by ocop init: records are UTF-8 text with LF line ends.
> *.yaml text eol=lf
> files/** binary

# What was ignored is still ignored.
$ git -C r check-ignore secrets.env && git -C r status --porcelain
> secrets.env
> A  other.txt

# The commit holds init's files only; the user's staged file is still
# staged, not committed.
$ git -C r show --name-only --format=%s HEAD
> ocop: init
>
> .gitattributes
> .gitignore
> ocop.yaml

$ git -C r diff --cached --name-only
> other.txt

# A directory whose files already hold our lines: left byte for byte.
$ mkdir d && printf '/.ocop.lock\n.*.tmp-*\nnotes/\n' >d/.gitignore && printf '*.yaml text eol=lf\nfiles/** binary\n' >d/.gitattributes && cp d/.gitignore gi && cp d/.gitattributes ga && ocop init d 2>/dev/null && cmp gi d/.gitignore && cmp ga d/.gitattributes

# Run twice over such a directory (after removing ocop.yaml), nothing is duplicated.
$ rm r/ocop.yaml && ocop init r 2>/dev/null && grep -c ocop.lock r/.gitignore
> 1

# When git cannot commit (it does not know who commits), init exits 3, as
# ocop-init(1) says, and the directory is kept, whole without the commit.
$ mkdir nohome && printf '[user]\n\tuseConfigOnly = true\n' >nohome/.gitconfig && HOME=$PWD/nohome GIT_CONFIG_NOSYSTEM=1 env -u GIT_AUTHOR_NAME -u GIT_AUTHOR_EMAIL -u GIT_COMMITTER_NAME -u GIT_COMMITTER_EMAIL "$OCOP_BIN" init --git n 2>&1 | grep '^ocop'; ls n
> ocop: made an empty data directory in n
> ocop: n: error: git commit failed (exit 128); the files are written, not committed
> ocop.yaml
> producers
> products

$ mkdir nohome2 && printf '[user]\n\tuseConfigOnly = true\n' >nohome2/.gitconfig && HOME=$PWD/nohome2 GIT_CONFIG_NOSYSTEM=1 env -u GIT_AUTHOR_NAME -u GIT_AUTHOR_EMAIL -u GIT_COMMITTER_NAME -u GIT_COMMITTER_EMAIL "$OCOP_BIN" init --git m 2>/dev/null
? 3
