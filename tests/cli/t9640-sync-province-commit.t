# ocop sync in a province kept in git (its wards are submodules): the
# wards that moved forward are committed in the province's history, one
# commit "ocop: sync" naming each ward, so `git status` is clean after.

$ ocop init --git w1 --ward "Nghĩa Lộ" >/dev/null 2>&1 && git -C w1 branch -M main && ocop -C w1 producer add "HTX A" --kind cooperative
> htx-a

$ ocop -q init prov --province "Quảng Ngãi" --wards --git && cd prov && ocop ward add ../w1 --name nghia-lo
> nghia-lo

$ ocop -C w1 producer add "HTX B" --kind cooperative
> htx-b

$ cd prov && ocop sync | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/'
> nghia-lo: moved forward OLD..NEW from origin/main (commits: 1)
>   no new product, recognition, expiry or revocation

$ cd prov && git status --short && git log -1 --format=%B | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/'
> ocop: sync
>
> ward nghia-lo: OLD..NEW from origin/main
>

# Nothing new: no commit.
$ cd prov && ocop sync && git log --format=%s | head -n 1
> nghia-lo: up to date with origin/main
> ocop: sync

# A clone of the province with its submodules leaves every ward on no
# branch; sync puts HEAD back on the one branch at that commit, and goes on.
$ git -c protocol.file.allow=always clone -q --recurse-submodules prov prov2 2>/dev/null && git -C prov2/wards/nghia-lo symbolic-ref -q HEAD; echo $?
> 1

$ ocop -C w1 producer add "HTX C" --kind cooperative >/dev/null && cd prov2 && ocop sync | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/' && git -C wards/nghia-lo symbolic-ref HEAD
> nghia-lo: moved forward OLD..NEW from origin/main (commits: 1)
>   no new product, recognition, expiry or revocation
> refs/heads/main
2> ocop: wards/nghia-lo: warning: HEAD was on no branch; put back on 'main', which is at the same commit
