# Without a network: ocop bundle writes a ward's history to a file and
# ocop sync FILE brings it into the ward's copy, verified, fast-forward
# only.  Commit ids change from run to run: sed writes them OLD..NEW.

$ ocop init --git ward --ward "Tú Lệ" >/dev/null 2>&1 && git -C ward branch -M main && ocop -C ward producer add "HTX A" --kind cooperative && git clone -q ward copy && mv ward ward.away
> htx-a

# The ward certifies a product while its repository is out of reach.
$ ocop -C ward.away product add "Quế" --producer htx-a --category herbal --date 2025-03-01 >/dev/null && ocop -C ward.away cycle advance que --to evaluate --date 2025-08-01 && ocop -C ward.away rate ward que --date 2025-08-20 --report 3/BC && ocop -C ward.away rate council que --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND

$ ocop -C copy sync
> copy: not synced
2>*
? 3

# The whole history, as an ordinary git bundle of the ward's branch.
$ ocop -C ward.away bundle -o que.bundle && git bundle list-heads que.bundle | cut -d' ' -f2 && git -C copy bundle verify -q ../que.bundle 2>/dev/null
> refs/heads/main

$ ocop -C copy sync que.bundle >out; echo $?; sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/' out
> 0
> copy: moved forward OLD..NEW from que.bundle (commits: 4)
>   new product: que "Quế"
>   recognised: que "Quế", 4 stars, 01/10/2025, decision 1898/QĐ-UBND

$ ocop -C copy sync que.bundle
> copy: up to date with que.bundle

# Only what came after a commit: --since.  The copy has it, so it verifies.
$ ocop -C ward.away producer add "HTX B" --kind cooperative && ocop -C ward.away bundle --since HEAD~1 -o b.bundle && grep -c '^-' b.bundle
> htx-b
> 1

$ ocop -C copy sync b.bundle >/dev/null && git -C copy log -1 --format=%s
> producer: add htx-b "HTX B"

# A bundle since a commit the copy lacks does not verify: nothing changes.
$ ocop -C ward.away producer add "HTX C" --kind cooperative >/dev/null && ocop -C ward.away producer add "HTX D" --kind cooperative >/dev/null && ocop -C ward.away bundle --since HEAD~1 -o d.bundle && ocop -C copy sync d.bundle 2>err; echo $?; grep -c 'does not verify' err; git -C copy log -1 --format=%s
> copy: not synced
> 1
> 1
> producer: add htx-b "HTX B"

# Another ward's history: refused, nothing changed.
$ ocop init --git other >/dev/null 2>&1 && ocop -C other bundle -o other.bundle && ocop -C copy sync other.bundle
> copy: other.bundle is another history, left as it was
2> ocop: copy: error: other.bundle has another history than this ward's: nothing in common, nothing was changed; is it the right ward?
? 1

# Not a bundle.
$ ocop -C copy sync copy/ocop.yaml
> copy: not synced
2> ocop: copy/ocop.yaml: error: not a git bundle, or a damaged one
? 1

# Nothing since HEAD: refused, and the file -o names is kept as it was.
$ cp b.bundle keep.bundle && ocop -C ward.away bundle --since HEAD -o keep.bundle; echo $?; cmp b.bundle keep.bundle && ! ls -A | grep tmp
2> ocop: ward.away: error: nothing to bundle: the branch has no commit after 'HEAD'
> 1

$ ocop -C ward.away bundle --since nowhere -o x.bundle
2> ocop: ward.away: error: --since: 'nowhere' is not a commit of this repository
? 1

$ ocop -C ward.away bundle
2> usage: say where the bundle goes: -o FILE
2>*
? 2

$ ocop init plain >/dev/null 2>&1 && ocop -C plain bundle -o p.bundle; ls p.bundle
2> ocop: plain: error: not in a git repository, so there is no history to bundle; 'ocop init --git' keeps a new directory in git; 'git init' an old one
2> ls: cannot access 'p.bundle': No such file or directory
? 2

# To standard output.
$ ocop -C ward.away bundle -o - >out.bundle && git bundle list-heads out.bundle | cut -d' ' -f2
> refs/heads/main
