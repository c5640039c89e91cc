# A write while git waits for the user (a merge, rebase, cherry-pick or
# revert with a conflict) is refused before anything is written or
# staged, naming the git commands that end it.

$ ocop init --git d 2>/dev/null && ocop -C d producer add "Hộ A" --kind household
> ho-a

# Two branches that change one line: merging them conflicts.
$ git -C d checkout -q -b other && ocop -C d producer set ho-a phone=0911111111 && git -C d checkout -q - && ocop -C d producer set ho-a phone=0922222222 && git -C d merge -q other >/dev/null 2>&1; git -C d status --porcelain
> UU producers/ho-a.yaml

# The working tree and the index, as they are.
$ cd d && find . -path ./.git -prune -o -type f -print | sort | xargs sha1sum >../tree.before && git ls-files -s >../index.before

$ ocop -C d producer add "Hộ B" --kind household
2> ocop: d: error: a git merge is unfinished in this data directory's repository; ocop writes nothing during it; finish it with 'git merge --continue' or give it up with 'git merge --abort', then run ocop again
? 3

$ ocop -C d producer set ho-a phone=0933333333
2> ocop: d: error: a git merge is unfinished in this data directory's repository; ocop writes nothing during it; finish it with 'git merge --continue' or give it up with 'git merge --abort', then run ocop again
? 3

$ ocop -C d producer rm ho-a
2> ocop: d: error: a git merge is unfinished in this data directory's repository; ocop writes nothing during it; finish it with 'git merge --continue' or give it up with 'git merge --abort', then run ocop again
? 3

$ printf 'name,kind\nHộ C,household\n' >p.csv && ocop -C d import producers p.csv
2> ocop: d: error: a git merge is unfinished in this data directory's repository; ocop writes nothing during it; finish it with 'git merge --continue' or give it up with 'git merge --abort', then run ocop again
? 3

# Byte for byte as before, nothing staged.
$ cd d && find . -path ./.git -prune -o -type f -print | sort | xargs sha1sum >../tree.after && git ls-files -s >../index.after && cd .. && cmp tree.before tree.after && cmp index.before index.after

# Reading still works.
$ ocop -C d producer list --format csv 2>/dev/null | head -1
> id,name,kind,tax_code,address

# Once the merge is given up, writes work again.
$ git -C d merge --abort && ocop -C d producer set ho-a phone=0933333333 && git -C d log -1 --format=%s
> producer ho-a: set phone

# A rebase that stops on the conflict.
$ git -C d rebase other >/dev/null 2>&1; ocop -C d producer add "Hộ B" --kind household
2> ocop: d: error: a git rebase is unfinished in this data directory's repository; ocop writes nothing during it; finish it with 'git rebase --continue' or give it up with 'git rebase --abort', then run ocop again
? 3

# A cherry-pick.
$ git -C d rebase --abort && git -C d cherry-pick other >/dev/null 2>&1; ocop -C d producer add "Hộ B" --kind household
2> ocop: d: error: a git cherry-pick is unfinished in this data directory's repository; ocop writes nothing during it; finish it with 'git cherry-pick --continue' or give it up with 'git cherry-pick --abort', then run ocop again
? 3

# A revert.
$ git -C d cherry-pick --abort && git -C d revert --no-edit HEAD~1 >/dev/null 2>&1; ocop -C d producer add "Hộ B" --kind household
2> ocop: d: error: a git revert is unfinished in this data directory's repository; ocop writes nothing during it; finish it with 'git revert --continue' or give it up with 'git revert --abort', then run ocop again
? 3

$ git -C d revert --abort && ocop -C d producer add "Hộ B" --kind household && ls d/producers
> ho-b
> ho-a.yaml
> ho-b.yaml

# ocop log relays git's lines inert: a subject typed by hand with ESC and
# BEL cannot set the terminal's title.
$ echo x >d/extra.txt && git -C d add extra.txt && git -C d commit -q --no-verify -m "$(printf 'A\033]0;pwned\007B')" && ocop -C d log --max 1 | cut -d' ' -f3-
> T: A\x1b]0;pwned\x07B
