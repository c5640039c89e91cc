# ocop sync reads a ward's upstream and its remote's branch from their
# files when they are plain (a clone's config, a local remote), so that an
# unchanged ward costs one git; whatever git would read otherwise (packed
# refs, an include, the user's own config) gives the answer git gives.

$ ocop init --git ward --ward "Nghĩa Lộ" >/dev/null 2>&1 && git -C ward branch -M main && ocop -C ward producer add "HTX A" --kind cooperative && git clone -q ward copy
> htx-a

# The remote's refs packed: read from packed-refs, still up to date.
$ git -C ward pack-refs --all && test ! -e ward/.git/refs/heads/main && ocop -C copy sync
> copy: up to date with origin/main

# The remote moves on: its loose ref, newer than the packed one, wins.
$ ocop -C ward producer add "HTX B" --kind cooperative && ocop -C copy sync | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/'
> htx-b
> copy: moved forward OLD..NEW from origin/main (commits: 1)
>   no new product, recognition, expiry or revocation

# The upstream named in a file the ward's config includes: git reads it.
$ git clone -q --bare ward other.git && ocop -C ward producer add "HTX C" --kind cooperative >/dev/null && git -C copy config --unset branch.main.remote && git -C copy config --unset branch.main.merge && git -C copy remote add other ../other.git && printf '[branch "main"]\n\tremote = other\n\tmerge = refs/heads/main\n' >upstream && git -C copy config include.path ../../upstream && ocop -C copy sync
> copy: up to date with other/main

# The upstream in the user's own config, the ward's naming none: git's answer.
$ git -C copy config --unset include.path && printf '[branch "main"]\n\tremote = other\n\tmerge = refs/heads/main\n' >global && GIT_CONFIG_GLOBAL=$PWD/global ocop -C copy sync
> copy: up to date with other/main

# With neither, "origin" and the branch of the same name.
$ ocop -C copy sync | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/'
> copy: moved forward OLD..NEW from origin/main (commits: 1)
>   no new product, recognition, expiry or revocation

# Unchanged but with a change not committed: refused, as before.
$ echo "# note" >>copy/producers/htx-a.yaml && ocop -C copy sync
> copy: not synced
2> ocop: copy: error: the working tree has changes that are not committed; sync changes nothing then; commit them ('git commit -a') or put them aside ('git stash'), then sync again
? 1
