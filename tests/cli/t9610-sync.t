# ocop sync in a ward: fetch its remote and fast-forward, never merge;
# a diverged history is reported and left as it was; then the check and
# what changed since the previous HEAD.  Commit ids change from run to
# run (the commits carry the time): sed writes them OLD..NEW and OID.

$ ocop init --git ward --ward "Nghĩa Lộ" --province "Quảng Ngãi" >/dev/null 2>&1 && git -C ward branch -M main && ocop -C ward producer add "HTX A" --kind cooperative
> htx-a

# The province's copy of the ward, from its repository.
$ git clone -q ward copy && ocop -C copy sync
> copy: up to date with origin/main

# A certificate older than the copy's HEAD, whose day is 1 May 2025.
$ ocop -C ward product add "Mật ong" --producer htx-a --category food --date 2022-01-10 >/dev/null && ocop -C ward cycle advance mat-ong --to evaluate --date 2022-03-01 && ocop -C ward rate ward mat-ong --date 2022-03-20 --report 1/BC && ocop -C ward rate council mat-ong --score 30,18,25 --date 2022-06-01 --decision 10/QĐ-UBND && ocop -C ward product add "Chè" --producer htx-a --category beverage --date 2025-01-10 >/dev/null && ocop -C ward cycle advance che --to evaluate --date 2025-03-01 && ocop -C ward rate ward che --date 2025-03-20 --report 2/BC && ocop -C ward rate council che --score 30,18,25 --date 2025-04-01 --decision 11/QĐ-UBND && GIT_COMMITTER_DATE=2025-05-01T00:00:00 git -C ward -c core.hooksPath=/dev/null commit -q --allow-empty -m "end of April"

# The ward certifies a new product: sync brings it.
$ ocop -C copy sync >out; echo $?; sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/' out
> 0
> copy: moved forward OLD..NEW from origin/main (commits: 9)
>   new product: che "Chè"
>   new product: mat-ong "Mật ong"
>   recognised: che "Chè", 4 stars, 01/04/2025, decision 11/QĐ-UBND
>   recognised: mat-ong "Mật ong", 4 stars, 01/06/2022, decision 10/QĐ-UBND

$ git -C copy log -1 --format=%s && ocop -C copy product list --format csv | cut -d, -f1
> end of April
> id
> che
> mat-ong

# A revocation, a new product, and the expiry of a certificate since the
# previous HEAD's day (1 May); nothing else is news.
$ ocop -C ward rate revoke che --date 2025-11-01 --decision 12/QĐ-UBND && ocop -C ward product add "Muối" --producer htx-a --category food --date 2025-11-02
> muoi

$ ocop -C copy sync | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/'
> copy: moved forward OLD..NEW from origin/main (commits: 2)
>   new product: muoi "Muối"
>   expired: mat-ong "Mật ong", 4 stars, on 01/06/2025
>   revoked: che "Chè", 4 stars, 01/11/2025, decision 12/QĐ-UBND

# Nothing new: nothing fetched, nothing said but that.  Run in the ward
# itself, the ward is shown by its folder's name.
$ ocop -C copy sync
> copy: up to date with origin/main

$ cd copy && ocop sync
> copy: up to date with origin/main

# Commits of the copy's own: the copy is ahead, nothing to bring.
$ git clone -q ward ahead && ocop -C ahead producer add "HTX B" --kind cooperative >/dev/null && ocop -C ahead sync
> ahead: ahead of origin/main (commits: 1), nothing to bring

# The records are checked after the fast-forward: a broken record the
# ward committed by hand arrives, and is said.
$ printf 'id: htx-c\nname: HTX C\nkind: coop\n' >ward/producers/htx-c.yaml && git -C ward add producers/htx-c.yaml && git -C ward -c core.hooksPath=/dev/null commit -q -m "by hand"

$ ocop -C copy sync >out 2>err; echo $?; sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/' out; cat err
> 1
> copy: moved forward OLD..NEW from origin/main (commits: 1)
>   no new product, recognition, expiry or revocation
> ocop: copy/producers/htx-c.yaml:3:7: error: unknown kind 'coop'; expected one of: enterprise, cooperative, cooperative-group, household, facility, individual, unknown

$ git -C ward rm -q producers/htx-c.yaml && git -C ward -c core.hooksPath=/dev/null commit -q -m "undo" && ocop -C copy sync >/dev/null

# Both sides committed: diverged.  Reported with the commits of each
# side, and HEAD, the index and the working tree are left as they were.
$ ocop -C ward producer add "HTX D" --kind cooperative && ocop -C copy producer add "HTX E" --kind cooperative
> htx-d
> htx-e

$ git -C copy rev-parse HEAD >head.before && cp copy/.git/index index.before && (cd copy && find . -path ./.git -prune -o -type f -print | sort | xargs sha1sum) >tree.before

$ ocop -C copy sync >out; echo $?; sed 's/ [0-9a-f]\{7\} / OID /' out
> 1
> copy: diverged from origin/main, left as it was (commits here: 1, there: 1)
>   here:  OID producer: add htx-e "HTX E"
>   there: OID producer: add htx-d "HTX D"
2> ocop: copy: error: the history diverged from origin/main (commits only here: 1, only there: 1); nothing was changed; the ward's history must be made one by hand (git merge or git rebase in 'copy'); ocop never merges

$ git -C copy rev-parse HEAD | cmp - head.before && cmp copy/.git/index index.before && (cd copy && find . -path ./.git -prune -o -type f -print | sort | xargs sha1sum) | cmp - tree.before && git -C copy status --porcelain

# A working tree with changes is refused before anything is fetched.
$ git -C copy reset -q --hard origin/main~1 && echo "notes: x" >>copy/producers/htx-a.yaml && ocop -C copy sync
> copy: not synced
2> ocop: copy: error: the working tree has changes that are not committed; sync changes nothing then; commit them ('git commit -a') or put them aside ('git stash'), then sync again
? 1

$ git -C copy rev-parse HEAD~0 | cmp - head.before; git -C copy log -1 --format=%s
>*

# No remote: nothing to sync from.  Not a repository: said.
$ ocop init --git lone >/dev/null 2>&1 && ocop -C lone sync
> lone: no remote, skipped
2> ocop: lone: error: the branch has no upstream and there is no remote 'origin': nothing to sync from; add the remote with 'git remote add origin URL', or sync from a bundle: 'ocop sync FILE'
? 1

$ ocop init plain >/dev/null 2>&1 && ocop -C plain sync
> plain: not synced
2> ocop: plain: error: not in a git repository, so there is nothing to sync; 'ocop init --git' keeps a new directory in git; 'git init' an old one
? 1

# A remote out of reach is an environment error (exit 3).
$ git -C copy checkout -q -- . && git -C copy remote set-url origin ../nowhere && ocop -C copy sync
> copy: not synced
2> ocop: copy: error: cannot fetch from origin/main: '../nowhere' does not appear to be a git repository
? 3
