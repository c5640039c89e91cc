# Finding the data directory: -C DIR, else $OCOP_DATA, else the nearest
# parent holding ocop.yaml.  Not finding one is an environment error (3).

# An empty directory, with no ocop.yaml above it.
$ ocop producer list
2> ocop: error: not in an ocop data directory (no ocop.yaml here or in any parent); run 'ocop init DIR', or name one with -C DIR or $OCOP_DATA
? 3

$ ocop check
2> ocop: error: not in an ocop data directory (no ocop.yaml here or in any parent); run 'ocop init DIR', or name one with -C DIR or $OCOP_DATA
? 3

$ ocop -C nonexistent producer list
2> ocop: nonexistent: error: cannot open the data directory: No such file or directory
? 3

$ ocop -C nonexistent check
2> ocop: nonexistent: error: cannot open the data directory: No such file or directory
? 3

# A write is refused the same way, and makes nothing.
$ ocop -C nonexistent producer add "Hộ A" --kind household
2> ocop: nonexistent: error: cannot open the data directory: No such file or directory
? 3

# Nothing was made.
$ ls

# A directory that exists but is not a data directory.
$ mkdir empty && ocop -C empty product list
2> ocop: empty: error: not an ocop data directory (no ocop.yaml); run 'ocop init empty' to make one
? 3

$ OCOP_DATA=nowhere ocop check
2> ocop: nowhere: error: cannot open the data directory: No such file or directory
? 3

# Found: through $OCOP_DATA, through -C, and from a sub-directory (as git).
$ ocop init d 2>/dev/null && ocop -C d producer add "Hộ A" --kind household
> ho-a

$ OCOP_DATA=d ocop producer list --format csv
> id,name,kind,tax_code,address
> ho-a,Hộ A,household,,

$ cd d/products && ocop producer list --format tsv
> id	name	kind	tax_code	address
> ho-a	Hộ A	household		

# -C wins over $OCOP_DATA.
$ OCOP_DATA=nowhere ocop -C d producer list --format csv
> id,name,kind,tax_code,address
> ho-a,Hộ A,household,,
