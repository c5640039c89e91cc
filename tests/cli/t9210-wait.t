# Writers wait for each other by default, as a database waits on a busy
# lock: 10 seconds, or what --wait SECONDS or $OCOP_WAIT say.

$ ocop init d 2>/dev/null && ocop -C d producer add "Hộ A" --kind household
> ho-a

# Without --wait, a write waits for the command holding the lock, then writes.
$ flock d/.ocop.lock sh -c 'touch held; sleep 2' & while [ ! -e held ]; do sleep 0.05; done; ocop -C d producer set ho-a phone=0912345678 && grep phone d/producers/ho-a.yaml
> phone: '0912345678'

# OCOP_WAIT=0 gives up at once; --wait wins over it.
$ rm held; flock d/.ocop.lock sh -c 'touch held; sleep 2' & while [ ! -e held ]; do sleep 0.05; done; OCOP_WAIT=0 ocop -C d producer set ho-a phone=0912000111
2> ocop: d: error: the data directory is locked by another ocop command; try again, or pass --wait SECONDS
? 4

$ OCOP_WAIT=0 ocop -C d --wait 10 producer set ho-a phone=0912000111 && grep phone d/producers/ho-a.yaml
> phone: '0912000111'

# Exit 4 comes only after the wait: 1.5 s here.
$ rm held; flock d/.ocop.lock sh -c 'touch held; sleep 4' & while [ ! -e held ]; do sleep 0.05; done; start=$(date +%s%N); ocop -C d --wait 1.5 producer set ho-a phone=0912000222; rc=$?; end=$(date +%s%N); [ $(( (end - start) / 1000000 )) -ge 1500 ] && echo waited; exit $rc
> waited
2> ocop: d: error: the data directory is locked by another ocop command; try again, or pass --wait SECONDS
? 4

# Seconds are written in decimal: nothing else is taken.
$ ocop --wait 2.5 -C d producer list --format csv
> id,name,kind,tax_code,address
> ho-a,Hộ A,household,,

$ for w in 1e3 0x10 inf nan ' 5' .5 5. -1 '' 2,5; do ocop --wait "$w" -C d producer list >/dev/null 2>&1; echo "$w: $?"; done
> 1e3: 2
> 0x10: 2
> inf: 2
> nan: 2
>  5: 2
> .5: 2
> 5.: 2
> -1: 2
> : 2
> 2,5: 2

$ ocop --wait 1e3 -C d producer list 2>&1 | head -1
> ocop: error: option '--wait' expects a number, not '1e3'

$ OCOP_WAIT=soon ocop -C d producer list
2> ocop: error: OCOP_WAIT takes a number of seconds such as 2.5, not 'soon'
? 2

# Two loops of 100 writes each, at once, without --wait: every write lands.
$ ocop -C d product add "Chà bông" --producer ho-a --category food --date 2025-03-01
> cha-bong

$ (i=1; while [ $i -le 100 ]; do ocop -C d product set cha-bong notes=a$i || echo "loop 1: write $i failed"; i=$((i+1)); done) & (i=1; while [ $i -le 100 ]; do ocop -C d product set cha-bong readiness.trademark=b$i || echo "loop 2: write $i failed"; i=$((i+1)); done) & wait

$ grep -e notes -e trademark d/products/cha-bong.yaml
>   trademark: b100
> notes: a100

# Messages are written whole, one write each: two loops of refusals
# appending to one file never interleave a line.
$ (i=1; while [ $i -le 100 ]; do ocop -C d producer set nobody-$i phone=0912345678 2>>err; i=$((i+1)); done) & (i=1; while [ $i -le 100 ]; do ocop -C d --lang en product set nothing-$i notes=x 2>>err; i=$((i+1)); done) & wait; wc -l <err && ! grep -Ev "^ocop: error: (no producer 'nobody-[0-9]+'|no product 'nothing-[0-9]+')$" err
> 200
