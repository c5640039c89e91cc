# --help, --version and usage errors: help on stdout with exit 0, usage
# errors on stderr with exit 2 and, where a word is near, a suggestion.

# The global usage and options.  The command list grows as commands are
# added, so it is checked line by line below rather than as a whole.
$ ocop --help >help.txt; echo "exit $?"; sed -n '/^commands:/q;p' help.txt
> exit 0
> usage: ocop [-C DIR]... [-q] [--lang vi|en] [--color WHEN] [--wait SECONDS] COMMAND [ARGS]
>    or: ocop --version
>
>     -C DIR                  the data directory (repeatable for reports)
>     -q, --quiet             print no warnings, notes or summaries
>     --lang vi|en            language of messages, headings and names
>     --color WHEN            auto, always or never
>     --wait SECONDS          wait up to SECONDS for another command's lock (default 10)
>     --version               print the version
>     -h, --help              show this help
>

$ grep -E '^    (init|producer|product|check|help) ' help.txt; tail -n 1 help.txt
>     init        make a new data directory
>     producer    add, list, show, change or remove producers
>     product     add, list, show, change or remove products
>     check       check every record of the data directory
>     help        show the help of a command
> 'ocop help COMMAND' or 'ocop COMMAND --help' tells more.

# -h and "ocop help" are --help.
$ ocop -h | cmp - help.txt

$ ocop help | cmp - help.txt

$ ocop --version
> ocop 0.1.0

# No command at all: the usage, on stderr, exit 2.
$ ocop 2>err; echo "exit $?"; cmp err help.txt
> exit 2

# A sub-command's --help: its options, on stdout, exit 0.
$ ocop producer add --help
> usage: ocop producer add NAME --kind KIND [--tax-code X] [--address A] [--phone P] [--representative R] [--old-address A] [--id ID] [-n]
>
>     --kind KIND             enterprise, cooperative, cooperative-group, household, facility, individual
>     --tax-code X            tax code
>     --address A             address
>     --old-address A         address before the 2025 merger
>     --phone P               phone number
>     --representative R      legal representative
>     --id ID                 the id, instead of one made from the name
>     -n, --dry-run           check and show, write nothing
>     -h, --help              show this help

# --help needs no data directory (there is none here).
$ ocop product add -h >/dev/null

# ocop help COMMAND is ocop COMMAND --help.
$ ocop help product
> usage: ocop product add NAME --producer ID --category CAT [--set N] [--origin idea|existing] [--step S] [--date D] [--id ID] [-n]
>    or: ocop product list [--category C] [--stars N] [--step S] [--producer ID] [--status S] [--search TEXT] [--format F] [-o FILE] [--excel]
>    or: ocop product show ID [--format F] [-o FILE]
>    or: ocop product set ID KEY=VALUE... [-n] [--force]
>    or: ocop product rm ID [-n] [--force]
>    or: ocop product listing add PRODUCT PLATFORM URL [--since D] [-n]
>    or: ocop product listing rm PRODUCT N|PLATFORM [-n]
>
>     -h, --help              show this help

$ ocop help product >a.txt && ocop product --help >b.txt && cmp a.txt b.txt

$ ocop help prodcut
2> ocop: error: 'prodcut' is not an ocop command; did you mean 'product'?
? 2

$ ocop help nosuch
2> ocop: error: 'nosuch' is not an ocop command; see 'ocop --help'
? 2

# An unknown global option: the nearest option, then the usage.
$ ocop --verison 2>err; echo "exit $?"; head -n 3 err
> exit 2
> ocop: error: unknown option '--verison'; did you mean '--version'?
>
> usage: ocop [-C DIR]... [-q] [--lang vi|en] [--color WHEN] [--wait SECONDS] COMMAND [ARGS]

# An unknown option of a sub-command: the nearest option, the sub-command's usage.
$ ocop producer list --formt csv 2>err; echo "exit $?"; head -n 3 err
> exit 2
> ocop: error: unknown option '--formt'; did you mean '--format'?
>
> usage: ocop producer list [--kind KIND] [--search TEXT] [--format F] [-o FILE] [--excel]

# A missing option value is a usage error too.
$ ocop init --ward 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: option '--ward' requires a value

# An unknown command: the nearest command.
$ ocop prodcut list
2> ocop: error: 'prodcut' is not an ocop command; did you mean 'product'?
? 2

# Nothing near: point at --help.
$ ocop frobnicate
2> ocop: error: 'frobnicate' is not an ocop command; see 'ocop --help'
? 2

# An unknown sub-command: the nearest one, then the command's usage.
$ ocop producer lst
2> ocop: error: unknown sub-command 'lst'; did you mean 'list'?
2> usage: ocop producer add NAME --kind KIND [--tax-code X] [--address A] [--phone P] [--representative R] [--old-address A] [--id ID] [-n]
2>    or: ocop producer list [--kind KIND] [--search TEXT] [--format F] [-o FILE] [--excel]
2>    or: ocop producer show ID [--format F] [-o FILE]
2>    or: ocop producer set ID KEY=VALUE... [-n] [--force]
2>    or: ocop producer rm ID [-n] [--force]
? 2

$ ocop product frob
2> ocop: error: unknown sub-command 'frob'
2> usage: ocop product add NAME --producer ID --category CAT [--set N] [--origin idea|existing] [--step S] [--date D] [--id ID] [-n]
2>    or: ocop product list [--category C] [--stars N] [--step S] [--producer ID] [--status S] [--search TEXT] [--format F] [-o FILE] [--excel]
2>    or: ocop product show ID [--format F] [-o FILE]
2>    or: ocop product set ID KEY=VALUE... [-n] [--force]
2>    or: ocop product rm ID [-n] [--force]
2>    or: ocop product listing add PRODUCT PLATFORM URL [--since D] [-n]
2>    or: ocop product listing rm PRODUCT N|PLATFORM [-n]
? 2

# A command with no sub-command.
$ ocop producer 2>&1 | head -n 1
> ocop: error: a sub-command is needed

$ ocop producer 2>/dev/null
? 2

# A bad --lang is refused before anything runs.
$ ocop --lang fr producer list
2> ocop: error: --lang takes vi or en, not 'fr'
? 2
