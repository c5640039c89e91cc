# A command that writes holds the data directory's lock (flock on
# .ocop.lock); another writer waits for it (10 s unless --wait says), and
# --wait 0 refuses at once with exit 4.
# The lock is held here by flock(1); "held" appears once it has the lock.

$ ocop init d 2>/dev/null && ocop -C d producer add "Hộ A" --kind household
> ho-a

$ cp d/producers/ho-a.yaml before.yaml

# Locked, with --wait 0: a write is refused at once, changing nothing.
$ flock d/.ocop.lock sh -c 'touch held; sleep 3' & while [ ! -e held ]; do sleep 0.05; done; ocop -C d --wait 0 producer set ho-a phone=0912345678
2> ocop: d: error: the data directory is locked by another ocop command; try again, or pass --wait SECONDS
? 4

$ ocop -C d --wait 0 product add "Bánh" --producer ho-a --category food
2> ocop: d: error: the data directory is locked by another ocop command; try again, or pass --wait SECONDS
? 4

$ ocop -C d --wait 0 producer rm ho-a -n
2> ocop: d: error: the data directory is locked by another ocop command; try again, or pass --wait SECONDS
? 4

$ cmp before.yaml d/producers/ho-a.yaml && ls d/products

# Reading needs no lock.
$ ocop -C d producer list --format csv && ocop -C d check
> id,name,kind,tax_code,address
> ho-a,Hộ A,household,,

# --wait waits for the lock, then writes.
$ ocop -C d --wait 10 producer set ho-a phone=0912345678 && grep phone d/producers/ho-a.yaml
> phone: '0912345678'

# --wait gives up after its time: exit 4 again.
$ rm held; flock d/.ocop.lock sh -c 'touch held; sleep 3' & while [ ! -e held ]; do sleep 0.05; done; ocop -C d --wait 1 producer set ho-a phone=0912000111
2> ocop: d: error: the data directory is locked by another ocop command; try again, or pass --wait SECONDS
? 4

$ ocop -C d --wait 10 producer set ho-a phone=0912000111 && grep phone d/producers/ho-a.yaml
> phone: '0912000111'

# The lock file is left behind (it is in .gitignore), and check is clean.
$ ls -A d && ocop -C d check
> .gitattributes
> .gitignore
> .ocop.lock
> ocop.yaml
> producers
> products

# --wait takes a number of seconds.
$ ocop --wait abc -C d producer list 2>/dev/null
? 2
