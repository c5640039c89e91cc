# A failed write on standard output (a full disk) is an error, exit 3,
# never a silent success with half the data.

$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food
> co-so-a
> cha-bong

$ ocop -C d producer list > /dev/full
2> ocop: error: write failure on standard output: No space left on device
? 3

$ ocop -C d product list --format csv > /dev/full
2> ocop: error: write failure on standard output: No space left on device
? 3

$ ocop -C d product list --format json > /dev/full
2> ocop: error: write failure on standard output: No space left on device
? 3

$ ocop -C d producer show co-so-a > /dev/full
2> ocop: error: write failure on standard output: No space left on device
? 3

$ ocop -C d product show cha-bong --format json > /dev/full
2> ocop: error: write failure on standard output: No space left on device
? 3

$ ocop --version > /dev/full
2> ocop: error: write failure on standard output: No space left on device
? 3

$ ocop --help > /dev/full
2> ocop: error: write failure on standard output: No space left on device
? 3

# -o FILE that cannot be written.
$ ocop -C d producer list -o /dev/full
2> ocop: error: writing '/dev/full' failed: No space left on device
? 3

$ ocop -C d producer list -o no/such/dir/out.csv
2> ocop: error: cannot write 'no/such/dir/out.csv': No such file or directory
? 3

# A command that prints nothing on stdout does not fail for it.
$ ocop -C d check > /dev/full
