# Where ocop looks: external commands only from PATH, and the upward
# search for ocop.yaml only through the user's own directories.

# "ocop a/b" runs nothing, even with an ocop-a/b in the working directory.
$ mkdir ocop-a && printf '#!/bin/sh\necho ran\n' >ocop-a/b && chmod +x ocop-a/b && ocop a/b
2> ocop: error: 'a/b' is not an ocop command; see 'ocop --help'
? 2

$ ocop ./a
2> ocop: error: './a' is not an ocop command; see 'ocop --help'
? 2

$ ocop help a/b
2> ocop: error: 'a/b' is not an ocop command; see 'ocop --help'
? 2

# An ocop-NAME in the working directory is not on PATH: not run either.
$ printf '#!/bin/sh\necho ran\n' >ocop-here && chmod +x ocop-here && ocop here
2> ocop: error: 'here' is not an ocop command; see 'ocop --help'
? 2

# The search for ocop.yaml stops at a directory another user owns
# (nobody, here), as git's safe.directory does.
$ ocop init other 2>/dev/null && mkdir other/mine && chown nobody other && cd other/mine && ocop producer list
2> ocop: ..: error: this data directory belongs to another user; ocop does not use it unless named; if you trust it, name it with -C DIR or $OCOP_DATA
? 3

# Named, it is used.
$ cd other/mine && ocop -C .. producer list --format csv && OCOP_DATA=.. ocop check
> id,name,kind,tax_code,address

# One's own data directory under it is found as before.
$ ocop init other/mine 2>/dev/null && cd other/mine && ocop producer list --format csv
> id,name,kind,tax_code,address
