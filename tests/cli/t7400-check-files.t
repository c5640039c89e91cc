# ocop check: files in the record folders that are not records.  One at a
# time, so that the order of the messages is not that of the directory.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

# The temporary file of a write that was killed: a warning (exit 0).
$ echo 'id: x' >d/products/.cha-bong.yaml.tmp-123 && ocop -C d check
2> ocop: d/products/.cha-bong.yaml.tmp-123: warning: temporary file left by an interrupted command; the record itself is intact; remove this file
2> ocop: d: errors: 0, warnings: 1

$ ocop -C d check files
2> ocop: d/products/.cha-bong.yaml.tmp-123: warning: temporary file left by an interrupted command; the record itself is intact; remove this file
2> ocop: d: errors: 0, warnings: 1

# ... that only the files check looks for.
$ ocop -C d check records refs rules

# And the files check does not read the records.
$ cp d/products/cha-bong.yaml good.yaml && printf 'id: cha-bong\nname: A\nname: B\n' >d/products/cha-bong.yaml && ocop -C d check files
2> ocop: d/products/.cha-bong.yaml.tmp-123: warning: temporary file left by an interrupted command; the record itself is intact; remove this file
2> ocop: d: errors: 0, warnings: 1

$ cp good.yaml d/products/cha-bong.yaml

$ rm d/products/.cha-bong.yaml.tmp-123 && ocop -C d check

# A file that is not a record: a warning.
$ echo 'ghi chú' >d/producers/ghi-chu.txt && ocop -C d check
2> ocop: d/producers/ghi-chu.txt: warning: not a record (records end in .yaml)
2> ocop: d: errors: 0, warnings: 1

# Other hidden files are left alone.
$ rm d/producers/ghi-chu.txt && touch d/producers/.keep && ocop -C d check

# A .yaml file whose name is not an id is not read: an error.
$ cp d/products/cha-bong.yaml "d/products/Chà bông.yaml" && ocop -C d check
2> ocop: d/products/Chà bông.yaml: error: 'Chà bông' is not a valid id, so this file is not read; rename it: lower-case letters, digits and '-'
2> ocop: d: errors: 1, warnings: 0
? 1

$ rm "d/products/Chà bông.yaml"

# A record that is a symbolic link is refused: it could point anywhere.
$ ln -s /etc/passwd d/products/evil.yaml && ocop -C d check 2>&1 | head -n 1
> ocop: d/products/evil.yaml: error: is a symbolic link; records must be plain files

$ rm d/products/evil.yaml && ocop -C d check
