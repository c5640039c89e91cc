# An unknown "ocop foo" runs "ocop-foo" from PATH, as git does, so that an
# office can add its own commands.  tests/cli/bin/ocop-hello is on PATH.

$ ocop hello
> hello from ocop-hello

# Arguments are passed as they are, spaces and Vietnamese included.
$ ocop hello "Nghĩa Lộ" --flag "a  b"
> hello from ocop-hello
> arg: Nghĩa Lộ
> arg: --flag
> arg: a  b

# Its exit status is ocop's.
$ ocop hello --exit 5
> hello from ocop-hello
? 5

# Global options are taken by ocop, not passed on.
$ ocop -q hello x
> hello from ocop-hello
> arg: x

# -C DIR reaches the script as $OCOP_DATA, so that it can call ocop back.
$ ocop init d 2>/dev/null && ocop -C d hello x
> hello from ocop-hello
> OCOP_DATA: d
> arg: x

# A name with no ocop-NAME on PATH is still an unknown command.
$ ocop goodbye
2> ocop: error: 'goodbye' is not an ocop command; see 'ocop --help'
? 2

# A built-in command wins over a script of the same name.
$ mkdir b && printf '#!/bin/sh\necho not me\n' >b/ocop-init && chmod +x b/ocop-init && PATH="$PWD/b:$PATH" ocop init e
2> ocop: made an empty data directory in e
