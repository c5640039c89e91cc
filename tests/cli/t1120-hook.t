# ocop hook install, and ocop init --git: a git pre-commit hook that runs
# ocop check on what is staged; a hook that was there is kept and chained.
# The hook finds ocop on PATH: bin/ocop here.

$ mkdir bin && ln -s "$OCOP_BIN" bin/ocop && ocop init d 2>/dev/null && ocop -C d hook install
2> ocop: d: error: not in a git repository: there is no commit to check; 'ocop init --git' keeps a new directory in git; 'git init' an old one
? 3

$ ocop hook
2> ocop: error: a sub-command is needed
2> usage: ocop hook install
? 2

# init --git installs it.
$ ocop init --git g 2>/dev/null && test -x g/.git/hooks/pre-commit && ocop -C g hook install
2> ocop: the pre-commit hook is already in g/.git/hooks/pre-commit

# A broken record staged is refused, and the hook says why.
$ export PATH="$PWD/bin:$PATH" && ocop -C g producer add "Hộ A" --kind household && cp g/producers/ho-a.yaml g/producers/ho-b.yaml && git -C g add producers/ho-b.yaml && git -C g commit -q -m broken
> ho-a
2>*
? 1

$ export PATH="$PWD/bin:$PATH" && git -C g commit -q -m broken 2>&1
> ocop: ./producers/ho-b.yaml:1:5: error: id: 'ho-a' is not the file's name; rename the file to ho-a.yaml, or set the id to 'ho-b'
> ocop: .: errors: 1, warnings: 0
? 1

$ git -C g log --format=%s
> producer: add ho-a "Hộ A"
> ocop: init

# It checks what is staged, not the working tree: mended but not staged,
# still refused; staged, committed.
$ export PATH="$PWD/bin:$PATH" && sed -i 's/^id: .*/id: ho-b/' g/producers/ho-b.yaml && git -C g commit -q -m still-broken >/dev/null 2>&1; echo $?; git -C g add producers/ho-b.yaml && git -C g commit -q -m mended && git -C g log -1 --format=%s
> 1
> mended

# A hook that was there is kept, as pre-commit.before-ocop, and runs first.
$ git init -q r && printf '#!/bin/sh\necho theirs ran\nexit ${THEIRS_EXIT:-0}\n' >r/.git/hooks/pre-commit && chmod +x r/.git/hooks/pre-commit && cp r/.git/hooks/pre-commit theirs && ocop init r 2>/dev/null && ocop -C r hook install && cmp theirs r/.git/hooks/pre-commit.before-ocop && ls r/.git/hooks | grep -v sample
> pre-commit
> pre-commit.before-ocop
2> ocop: installed the pre-commit hook in r/.git/hooks/pre-commit; the hook that was there is kept as pre-commit.before-ocop and runs first

$ export PATH="$PWD/bin:$PATH" && git -C r add -A && git -C r commit -q -m first && git -C r log --format=%s
> first
2> theirs ran

$ export PATH="$PWD/bin:$PATH" && ocop -C r producer add "Hộ C" --kind household >/dev/null && git -C r add -A && THEIRS_EXIT=1 git -C r commit -q -m refused-by-theirs; echo $?; git -C r log --format=%s
> 1
> first
2> theirs ran

# Installed again: nothing changes.
$ ocop -C r hook install && cmp theirs r/.git/hooks/pre-commit.before-ocop
2> ocop: the pre-commit hook is already in r/.git/hooks/pre-commit

# A data directory in a folder of a larger repository: git runs the hook
# at the top, and it checks the folder.
$ git init -q big && ocop init --git big/ocop-data 2>/dev/null && export PATH="$PWD/bin:$PATH" && cp big/ocop-data/ocop.yaml big/ocop-data/producers/x.yaml && git -C big add -A && git -C big commit -q -m bad >/dev/null 2>&1; echo $?; grep -c "^data='ocop-data'$" big/.git/hooks/pre-commit
> 1
> 1
