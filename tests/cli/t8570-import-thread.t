# ocop import of a few hundred rows or more makes the new records' files
# on a worker thread, temporary files renamed at the end (OCOP_THREADS=1:
# inline, each file at the end).  Either way the same files, the same
# summary and the same messages in the same order: refused rows among the
# accepted ones, and producers a later row changes (their text and file
# made again).  Refused without --partial, nothing is left behind.
$ awk 'BEGIN { print "Tên sản phẩm;Chủ thể;Nhóm sản phẩm;Điện thoại"; for (i = 1; i <= 600; i++) printf "Sản phẩm %d;Công ty TNHH Số %d;%s;%s\n", i, i % 200, (i % 97 ? "Thực phẩm" : "Không rõ"), (i > 400 ? "0255 3822 " (100 + i % 200) : "") }' >big.csv
$ ocop init a --province "Quảng Ngãi" 2>/dev/null
$ ocop init b --province "Quảng Ngãi" 2>/dev/null
$ OCOP_THREADS=2 ocop -C a import products --partial big.csv >a.out 2>a.err
? 1
$ OCOP_THREADS=1 ocop -C b import products --partial big.csv >b.out 2>b.err
? 1
$ diff -r a b && cmp a.out b.out && cmp a.err b.err && echo same
> same
$ cat a.out
> products: 594 added, 0 unchanged, 0 changed, 6 refused
> producers: 200 added, 0 unchanged, 0 changed
$ grep -c "unknown category" a.err
> 6
$ grep phone a/producers/cong-ty-tnhh-so-7.yaml
> phone: '0255 3822 107'
$ ls a/products | wc -l
> 594
$ ocop init c --province "Quảng Ngãi" 2>/dev/null
$ OCOP_THREADS=2 ocop -C c import products big.csv >c.out 2>c.err
? 1
$ tail -1 c.err
> ocop: big.csv: error: nothing was imported: 6 of 600 rows refused; fix them and import again, or pass --partial to import the others
$ ls -A c/products c/producers
> c/producers:
>
> c/products:
