# Two scripts writing at once lose no update: each write holds the lock
# from before it reads until after its rename.

$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

# Two loops of 100 writes of different keys of one record, run at once.
# A lost update would leave one loop's last value behind.
$ (i=1; while [ $i -le 100 ]; do ocop -C d --wait 30 product set cha-bong notes=a$i || echo "loop 1: write $i failed"; i=$((i+1)); done) & (i=1; while [ $i -le 100 ]; do ocop -C d --wait 30 product set cha-bong readiness.trademark=b$i || echo "loop 2: write $i failed"; i=$((i+1)); done) & wait

$ cat d/products/cha-bong.yaml
> id: cha-bong
> name: Chà bông
> producer: co-so-a
> category: food
> origin: existing
> cycle:
> - {step: 2, date: 2025-03-01}
> readiness:
>   trademark: b100
> notes: a100

$ ocop -C d check && ls -A d/products
> cha-bong.yaml

# Two loops adding 50 producers of one name each: 100 records, 100
# different ids, none written over.
$ (i=1; while [ $i -le 50 ]; do ocop -C d --wait 30 producer add "Hộ Nguyễn Văn A" --kind household >/dev/null || echo "loop 1: add $i failed"; i=$((i+1)); done) & (i=1; while [ $i -le 50 ]; do ocop -C d --wait 30 producer add "Hộ Nguyễn Văn A" --kind household >/dev/null || echo "loop 2: add $i failed"; i=$((i+1)); done) & wait

$ ls d/producers | grep -c '^ho-nguyen-van-a'
> 100

$ ls d/producers/ho-nguyen-van-a.yaml d/producers/ho-nguyen-van-a-100.yaml
> d/producers/ho-nguyen-van-a-100.yaml
> d/producers/ho-nguyen-van-a.yaml

$ ocop -C d producer list --search "nguyen van a" --format csv | sed 1d | cut -d, -f2 | uniq -c
>     100 Hộ Nguyễn Văn A

# No temporary file is left behind.
$ ocop -C d check && ! ls -A d/producers d/products | grep '^\.'
