# ocop check: YAML that a record may not use, each with its file:line:col
# and a plain-spoken message.  One broken file at a time.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

# A clean directory: exit 0, nothing printed.
$ ocop -C d check

$ cp d/products/cha-bong.yaml good.yaml

# A duplicate key.
$ printf 'id: cha-bong\nname: A\nname: B\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:3:1: error: duplicate key 'name' (first at line 2); keep one of the two
2> ocop: d: errors: 1, warnings: 0
? 1

# Anchors and aliases (no "billion laughs"), merge keys and tags.
$ printf 'id: cha-bong\nname: &n A\nnotes: *n\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:2:7: error: anchors ('&') are not allowed in records; write the value out in full
2> ocop: d: errors: 1, warnings: 0
? 1

$ printf 'id: cha-bong\nname: A\nnotes: *n\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:3:8: error: aliases ('*') are not allowed in records; write the value out in full
2> ocop: d: errors: 1, warnings: 0
? 1

$ printf 'id: cha-bong\nname: A\n<<: {producer: co-so-a}\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:3:1: error: merge keys ('<<') are not allowed in records; write the keys out in full
2> ocop: d: errors: 1, warnings: 0
? 1

$ printf 'id: cha-bong\nname: !!str A\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:2:7: error: tags ('!') are not allowed in records; remove the tag; quote the value if it is text
2> ocop: d: errors: 1, warnings: 0
? 1

# A tab used for indentation.
$ printf 'id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\norigin: existing\nreadiness:\n\ttraceability: true\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:7:1: error: tab used for indentation; YAML indents with spaces; replace the tab with spaces
2> ocop: d: errors: 1, warnings: 0
? 1

# A git merge left its conflict markers.
$ printf 'id: cha-bong\n<<<<<<< HEAD\nname: A\n=======\nname: B\n>>>>>>> other\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:2:1: error: git merge conflict marker '<<<<<<<'; resolve the conflict (keep one side, or merge both by hand), remove the marker lines, then run 'ocop check'
2> ocop: d: errors: 1, warnings: 0
? 1

$ printf 'id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\norigin: existing\n>>>>>>> theirs\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:6:1: error: git merge conflict marker '>>>>>>>'; resolve the conflict (keep one side, or merge both by hand), remove the marker lines, then run 'ocop check'
2> ocop: d: errors: 1, warnings: 0
? 1

# One record a file.
$ printf 'id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\norigin: existing\n---\nid: y\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:6:1: error: more than one document in the file; a record file holds one record; remove the second '---'
2> ocop: d: errors: 1, warnings: 0
? 1

$ : >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:1:1: error: empty record
2> ocop: d: errors: 1, warnings: 0
? 1

$ printf -- '- id: cha-bong\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:1:1: error: a record must be a mapping of keys to values; write 'key: value' lines
2> ocop: d: errors: 1, warnings: 0
? 1

# Bytes that are not UTF-8 text.
$ printf 'id: cha-bong\nname: A\377\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:2:8: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8 (it may be in Windows-1258)
2> ocop: d: errors: 1, warnings: 0
? 1

$ printf 'id: cha-bong\nname: A\000B\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:2:8: error: NUL byte in the file; remove it; write control characters as \uXXXX in a double-quoted value
2> ocop: d: errors: 1, warnings: 0
? 1

# Put right, the directory is clean again.
$ cp good.yaml d/products/cha-bong.yaml && ocop -C d check
