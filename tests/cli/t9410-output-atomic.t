# -o FILE is written atomically: a temporary file beside it, renamed over
# it once whole; a failure keeps the old file and leaves no temporary one.

$ ocop init d 2>/dev/null && (echo name,kind; i=1; while [ $i -le 30 ]; do echo "Hộ số $i,household"; i=$((i+1)); done) >p.csv && ocop -C d import producers p.csv >/dev/null 2>&1 && ocop -C d producer list -o out.csv && wc -l <out.csv
> 31

# A write that fails half-way (the file size limit, as a full disk
# would) keeps the old file whole.
$ echo old >out.csv && (trap '' XFSZ; ulimit -f 1; ocop -C d producer list -o out.csv)
2> ocop: error: writing 'out.csv' failed: File too large
? 3

$ cat out.csv && ls -A
> old
> d
> out.csv
> p.csv

$ (trap '' XFSZ; ulimit -f 1; ocop -C d producer show ho-so-1 --format json -o show.json) && ls -A
> d
> out.csv
> p.csv
> show.json

# A file's mode is kept; a symbolic link is written through, and stays a link.
$ chmod 640 out.csv && ocop -C d producer list -o out.csv && stat -c %a out.csv && ln -s out.csv link.csv && ocop -C d product list -o link.csv && test -L link.csv && cat out.csv
> 640
> id,name,producer,category,step,stars,status

# A device is written in place (it cannot be replaced).
$ ocop -C d producer list --format csv -o /dev/null && ls -A
> d
> link.csv
> out.csv
> p.csv
> show.json

# Killed half-way by a signal (here SIGXFSZ, the file size limit, not
# ignored): the old file stays and no temporary file is left.
$ echo old >out.csv && (ulimit -f 1; ocop -C d producer list -o out.csv); echo $? && cat out.csv && ls -A
> 153
> old
> d
> link.csv
> out.csv
> p.csv
> show.json
2>*
