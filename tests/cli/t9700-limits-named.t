# A value past the bound a record file may hold (64 KiB, yamlio.h) is
# refused by its field and the bound, on the way in: never first seen by
# the canonical writer's re-read, as an internal error.  Nothing is written.

$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility
> co-so-a

$ cp d/producers/co-so-a.yaml before.yaml && ocop -C d producer set co-so-a notes="$(head -c 70000 /dev/zero | tr '\0' x)"
2> ocop: error: notes is 70,000 bytes; the limit is 64 KiB
? 1

$ cmp before.yaml d/producers/co-so-a.yaml

# The bound itself is a value a record may hold.
$ ocop -C d producer set co-so-a notes="$(head -c 65536 /dev/zero | tr '\0' x)" && ocop -C d check

$ ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01 && ocop -C d product set cha-bong readiness.trademark="$(head -c 65537 /dev/zero | tr '\0' x)"
> cha-bong
2> ocop: error: trademark is 65,537 bytes; the limit is 64 KiB
? 1
