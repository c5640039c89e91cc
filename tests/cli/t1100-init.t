# ocop init: a new data directory, its files, and what init refuses.

# Without --ward the ward is a placeholder to be edited; the message is on
# stderr, so that stdout stays empty for scripts.
$ ocop init d
2> ocop: made an empty data directory in d

# The marker, the two record folders, the git files and the lock file.
$ ls -A d
> .gitattributes
> .gitignore
> .ocop.lock
> ocop.yaml
> producers
> products

$ ls -A d/producers d/products
> d/producers:
>
> d/products:

$ cat d/ocop.yaml
> ward: '(ward name)'
> lang: vi

$ cat d/.gitattributes
> # Written by ocop init: records are UTF-8 text with LF line ends.
> *.yaml text eol=lf
> # The copies of the dossiers' documents (ocop doc add): scans, never diffed.
> files/** binary

# The lock and the temporary files of interrupted writes stay out of git.
$ cat d/.gitignore
> # Written by ocop init: the lock file of running ocop commands.
> /.ocop.lock
> .*.tmp-*

# A fresh directory passes its own check.
$ ocop -C d check

# Twice is refused, and the first ocop.yaml is left as it was.
$ ocop init d --ward "Khác"
2> ocop: d: error: already an ocop data directory (ocop.yaml exists)
? 1

$ cat d/ocop.yaml
> ward: '(ward name)'
> lang: vi

# --ward and --province are written to ocop.yaml, in Vietnamese, as typed.
$ ocop init e --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in e

$ cat e/ocop.yaml
> ward: Nghĩa Lộ
> province: Quảng Ngãi
> lang: vi

# Values YAML 1.1 would misread, or that need quoting, are quoted.
$ ocop init f --ward yes --province "Tỉnh 'A' #1"
2> ocop: made an empty data directory in f

$ cat f/ocop.yaml
> ward: 'yes'
> province: 'Tỉnh ''A'' #1'
> lang: vi

# With no DIR, init makes the current directory a data directory.
$ mkdir g && cd g && ocop init --ward "Nghĩa Lộ" && ls -A
> .gitattributes
> .gitignore
> .ocop.lock
> ocop.yaml
> producers
> products
2> ocop: made an empty data directory in .

# One directory at a time.
$ ocop init a b 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: too many arguments

$ ls -A
> d
> e
> err
> f
> g

# A DIR that cannot be made is an environment problem (3).
$ touch plain && ocop init plain
2> ocop: plain/ocop.yaml: error: cannot create: Not a directory
? 3
