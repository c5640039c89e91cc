# kill -9 at any moment leaves every record either old or new, never half
# written.  A loop of 300 writes runs in its own process group (setsid) and
# is killed, with the ocop it is running, a short, varying time after its
# first write landed (on a slow, loaded machine, under ASan, a kill timed
# from the start could land before any write and leave nothing to compare).
# Each write sets notes and the trademark to the same number, so a record
# half old and half new would show two numbers.

$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

$ setsid sh -c 'i=1; while [ $i -le 300 ]; do "$OCOP_BIN" -C d product set cha-bong notes=n$i readiness.trademark=t$i; i=$((i+1)); done' & pid=$!; n=0; until grep -q '^notes:' d/products/cha-bong.yaml || [ $n -ge 1000 ]; do sleep 0.01; n=$((n+1)); done; sleep 0.$(( $$ % 4 + 1 )); kill -9 -$pid; wait $pid 2>/dev/null
? 137

# The lock died with its holder: a new write goes through at once.
$ ocop -C d product set cha-bong category=food

# Every record parses and passes every check but the files check, which
# may rightly warn of the killed write's temporary file.
$ ocop -C d check records refs rules && ocop -C d product list --format csv | cut -d, -f1
> id
> cha-bong

$ sed -n 's/^notes: n//p; s/^  trademark: t//p' d/products/cha-bong.yaml | uniq | wc -l
> 1

$ ocop -C d check 2>&1 | grep -v -e 'warning: temporary file left by an interrupted command' -e '^ocop: d: errors: 0, warnings: [0-9]*$'
? 1

# Once the stray temporary file is removed, check is silent.
$ rm -f d/products/.*.tmp-* && ocop -C d check

# Again, killed at other moments.
$ for k in 1 2 3 4 5; do setsid sh -c 'i=1; while [ $i -le 300 ]; do "$OCOP_BIN" -C d product set cha-bong notes=n$i readiness.trademark=t$i; i=$((i+1)); done' & pid=$!; sleep 0.$(( ($$ + k * 3) % 5 + 1 )); kill -9 -$pid; wait $pid 2>/dev/null; ocop -C d check records refs rules || echo "round $k: check failed"; [ "$(sed -n 's/^notes: n//p; s/^  trademark: t//p' d/products/cha-bong.yaml | uniq | wc -l)" = 1 ] || echo "round $k: torn record"; done
