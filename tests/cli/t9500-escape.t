# Ids can never leave the data directory, and records are plain files:
# no path in an id, on the command line or in a file, and no symbolic link,
# reaches a file outside.

$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

# A file outside the data directory that must never be touched.
$ printf 'id: x\nname: X\nkind: household\n' >outside.yaml && cp outside.yaml outside.orig

# --id with a path.
$ ocop -C d producer add "X" --kind household --id ../../outside
2> ocop: error: --id '../../outside' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d product add "X" --producer co-so-a --category food --id ../x
2> ocop: error: --id '../x' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d product add "X" --producer ../producers/co-so-a --category food
2> ocop: error: '../producers/co-so-a' is not a valid producer id (lower-case letters, digits and '-')
? 1

# An id with a path, on every command that takes one: refused, exit 1.
$ ocop -C d product show ../../etc/passwd
2> ocop: error: '../../etc/passwd' is not a valid product id (lower-case letters, digits and '-')
? 1

$ ocop -C d product show /etc/passwd
2> ocop: error: '/etc/passwd' is not a valid product id (lower-case letters, digits and '-')
? 1

$ ocop -C d product show ../producers/co-so-a
2> ocop: error: '../producers/co-so-a' is not a valid product id (lower-case letters, digits and '-')
? 1

$ ocop -C d product show ..
2> ocop: error: '..' is not a valid product id (lower-case letters, digits and '-')
? 1

$ ocop -C d product set ../../outside notes=x
2> ocop: error: '../../outside' is not a valid product id (lower-case letters, digits and '-')
? 1

$ ocop -C d product rm ../../outside
2> ocop: error: '../../outside' is not a valid product id (lower-case letters, digits and '-')
? 1

$ ocop -C d producer show ../../outside
2> ocop: error: '../../outside' is not a valid producer id (lower-case letters, digits and '-')
? 1

$ ocop -C d producer set ../../outside notes=x
2> ocop: error: '../../outside' is not a valid producer id (lower-case letters, digits and '-')
? 1

$ ocop -C d producer rm ../../outside --force
2> ocop: error: '../../outside' is not a valid producer id (lower-case letters, digits and '-')
? 1

$ cmp outside.yaml outside.orig

# A path written into a file is an error too, not a way out.
$ sed -i 's/^producer: co-so-a$/producer: ..\/producers\/co-so-a/' d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:3:11: error: producer: '../producers/co-so-a' is not a valid id (lower-case letters, digits and '-', at most 64)
2> ocop: d: errors: 1, warnings: 0
? 1

$ sed -i 's/^producer: .*/producer: co-so-a/; s/^id: cha-bong$/id: ..\/..\/outside/' d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:1:5: error: id: '../../outside' is not a valid id (lower-case letters, digits and '-', at most 64)
2> ocop: d: errors: 1, warnings: 0
? 1

$ ocop -C d product set cha-bong notes=x
2> ocop: d/products/cha-bong.yaml:1:5: error: id: '../../outside' is not a valid id (lower-case letters, digits and '-', at most 64)
? 1

$ sed -i 's/^id: .*/id: cha-bong/' d/products/cha-bong.yaml && ocop -C d check

# A record that is a symbolic link to a file outside: refused by check;
# set cannot write through it.
$ ln -s ../../outside.yaml d/producers/x.yaml && ocop -C d check 2>&1 | head -n 1
> ocop: d/producers/x.yaml: error: is a symbolic link; records must be plain files

$ ocop -C d producer set x notes=hacked 2>/dev/null
? 1

$ ocop -C d producer rm x --force 2>/dev/null; cmp outside.yaml outside.orig

$ rm -f d/producers/x.yaml && ocop -C d check

# A record folder that is a symbolic link is refused.
$ mkdir elsewhere && mv d/products/cha-bong.yaml elsewhere/ && rmdir d/products && ln -s ../elsewhere d/products && ocop -C d product list
2> ocop: d: error: cannot open products/: not a directory (a symbolic link is refused)
? 3

$ ocop -C d product set cha-bong notes=x
2> ocop: d: error: cannot open products/: not a directory (a symbolic link is refused)
? 3

$ ocop -C d check
2> ocop: d: error: cannot open products/: not a directory (a symbolic link is refused)
? 3

$ grep -c notes elsewhere/cha-bong.yaml; cmp outside.yaml outside.orig
> 0
