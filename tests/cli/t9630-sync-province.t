# ocop sync in a province directory: each ward with a remote is fetched
# and fast-forwarded; one ward failing does not stop the others; bundles
# go to the ward whose history they continue.  The province here is made
# by hand: an ocop.yaml with its wards: list, and the wards' clones.

$ for w in nghia-lo tu-le; do ocop init --git $w --ward $w >/dev/null 2>&1 && git -C $w branch -M main && ocop -C $w producer add "HTX $w" --kind cooperative; done
> htx-nghia-lo
> htx-tu-le

$ mkdir -p prov/wards && printf 'province: Quảng Ngãi\nunit: province\nwards:\n- {name: nghia-lo, path: wards/nghia-lo}\n- {name: tu-le, path: wards/tu-le}\n- {name: tra-cau, path: wards/tra-cau}\n' >prov/ocop.yaml && git clone -q nghia-lo prov/wards/nghia-lo && git clone -q tu-le prov/wards/tu-le && ocop init --git prov/wards/tra-cau >/dev/null 2>&1

$ cd prov && ocop sync
> nghia-lo: up to date with origin/main
> tu-le: up to date with origin/main
> tra-cau: no remote, skipped

# Both wards certify a product "Tinh bột nghệ" under the same id; Tú Lệ's
# repository is out of reach, so its work comes as a bundle.
$ for w in nghia-lo tu-le; do ocop -C $w product add "Tinh bột nghệ" --producer htx-$w --category food --date 2025-03-01 >/dev/null && ocop -C $w cycle advance tinh-bot-nghe --to evaluate --date 2025-08-01 && ocop -C $w rate ward tinh-bot-nghe --date 2025-08-20 --report 1/BC && ocop -C $w rate council tinh-bot-nghe --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND; done; mv tu-le tu-le.away

$ cd prov && ocop sync >out 2>err; echo $?; sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/' out; sed "s|'[^']*/work/|'|" err
> 3
> nghia-lo: moved forward OLD..NEW from origin/main (commits: 4)
>   new product: tinh-bot-nghe "Tinh bột nghệ"
>   recognised: tinh-bot-nghe "Tinh bột nghệ", 4 stars, 01/10/2025, decision 1898/QĐ-UBND
> tu-le: not synced
> tra-cau: no remote, skipped
> ocop: wards/tu-le: error: cannot fetch from origin/main: 'tu-le' does not appear to be a git repository

# The bundle names no ward: it is matched by its history (its first
# commit is Tú Lệ's).
$ ocop -C tu-le.away bundle -o tu-le.bundle && cd prov && ocop sync ../tu-le.bundle | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/'
> tu-le: moved forward OLD..NEW from ../tu-le.bundle (commits: 4)
>   new product: tinh-bot-nghe "Tinh bột nghệ"
>   recognised: tinh-bot-nghe "Tinh bột nghệ", 4 stars, 01/10/2025, decision 1898/QĐ-UBND

# A bundle made --since: matched by the commits it needs; several at once.
$ ocop -C tu-le.away producer add "HTX B" --kind cooperative >/dev/null && ocop -C tu-le.away bundle --since HEAD~1 -o b.bundle && ocop -C nghia-lo bundle -o n.bundle && cd prov && ocop sync ../b.bundle ../n.bundle ../tu-le.bundle | sed 's/[0-9a-f]\{7\}\.\.[0-9a-f]\{7\}/OLD..NEW/'
> tu-le: moved forward OLD..NEW from ../b.bundle (commits: 1)
>   no new product, recognition, expiry or revocation
> nghia-lo: up to date with ../n.bundle
> tu-le: ahead of ../tu-le.bundle (commits: 1), nothing to bring

# A bundle of no ward of the province.
$ ocop init --git other >/dev/null 2>&1 && ocop -C other bundle -o other.bundle && cd prov && ocop sync ../other.bundle
> ../other.bundle: not synced
2> ocop: ../other.bundle: error: no ward of this province has the history this bundle continues; a ward is added first with 'ocop ward add', from its repository or from this bundle
? 1

# Nghĩa Lộ's copy diverged: reported, left where it was; the others go on.
$ ocop -C nghia-lo producer add "HTX C" --kind cooperative >/dev/null && ocop -C prov/wards/nghia-lo producer add "HTX D" --kind cooperative >/dev/null && git -C prov/wards/nghia-lo rev-parse HEAD >head.before && cp prov/wards/nghia-lo/.git/index index.before

$ cd prov && ocop sync >out 2>err; echo $?; sed 's/ [0-9a-f]\{7\} / OID /' out; sed "s|'[^']*/work/|'|" err
> 3
> nghia-lo: diverged from origin/main, left as it was (commits here: 1, there: 1)
>   here:  OID producer: add htx-d "HTX D"
>   there: OID producer: add htx-c "HTX C"
> tu-le: not synced
> tra-cau: no remote, skipped
> ocop: wards/nghia-lo: error: the history diverged from origin/main (commits only here: 1, only there: 1); nothing was changed; the ward's history must be made one by hand (git merge or git rebase in 'wards/nghia-lo'); ocop never merges
> ocop: wards/tu-le: error: cannot fetch from origin/main: 'tu-le' does not appear to be a git repository

$ git -C prov/wards/nghia-lo rev-parse HEAD | cmp - head.before && cmp prov/wards/nghia-lo/.git/index index.before && git -C prov/wards/nghia-lo status --porcelain

# Tú Lệ's repository is back: up to date (the bundles brought it); Nghĩa Lộ
# still fails, so the exit status is 1.
$ mv tu-le.away tu-le && cd prov && { ocop sync 2>/dev/null | sed 's/ [0-9a-f]\{7\} / OID /'; ocop sync >/dev/null 2>&1; echo $?; }
> nghia-lo: diverged from origin/main, left as it was (commits here: 1, there: 1)
>   here:  OID producer: add htx-d "HTX D"
>   there: OID producer: add htx-c "HTX C"
> tu-le: up to date with origin/main
> tra-cau: no remote, skipped
> 1

# A bundle is made in a ward, not in the province.
$ cd prov && ocop bundle -o p.bundle
2> ocop: .: error: this is a province directory; a bundle is made in a ward; run it in the ward's own directory
? 1
