# Keys the schema does not know (a user's extra fields) are kept, in
# place, on rewrite, and warned about (DESIGN §5; t7200).  What is kept
# unread is bounded as the fields are, and refused past the bound, named
# (issue 17): 1,000 unknown keys a record, a key of 64 bytes, a value of
# 64 KiB in all (a mapping or list under the key counts its keys and
# values).  A refused record is left out of reports and cannot be
# rewritten until it is corrected.
$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility
> co-so-a

# Within the bounds: kept through a rewrite, in place (after the known key
# before them).
$ printf 'id: co-so-a\nname: Cơ sở A\nkind: facility\nso_ho: 12\nlich: {thu: [2, 4], gio: "7:00"}\n' >d/producers/co-so-a.yaml && ocop -C d producer set co-so-a phone=0255123456 && cat d/producers/co-so-a.yaml
> id: co-so-a
> name: Cơ sở A
> kind: facility
> so_ho: 12
> lich:
>   thu:
>   - 2
>   - 4
>   gio: '7:00'
> phone: '0255123456'
2> ocop: d/producers/co-so-a.yaml:4:1: warning: unknown key 'so_ho' in producer (kept as it is)
2> ocop: d/producers/co-so-a.yaml:5:1: warning: unknown key 'lich' in producer (kept as it is)

# 1,000 unknown keys are kept; the 1,001st is one too many.
$ awk 'BEGIN { printf "id: co-so-a\nname: A\nkind: facility\n"; for (i = 0; i < 1000; i++) printf "k%04d: %d\n", i, i }' >d/producers/co-so-a.yaml && ocop -C d check 2>&1 | tail -1
> ocop: d: errors: 0, warnings: 101

$ awk 'BEGIN { printf "id: co-so-a\nname: A\nkind: facility\n"; for (i = 0; i < 1001; i++) printf "k%04d: %d\n", i, i }' >d/producers/co-so-a.yaml && ocop -C d check 2>&1 | tail -2
> ocop: d/producers/co-so-a.yaml:1004:1: error: producer has 1,001 unknown keys; the limit is 1,000
> ocop: d: errors: 1, warnings: 100

# A key of 65 bytes; a value of 70,000 bytes under one key.
$ { printf 'id: co-so-a\nname: A\nkind: facility\n'; printf '%065d: 1\n' 0; printf 'ghi_them: ["%s", "%s"]\n' "$(head -c 35000 /dev/zero | tr '\0' x)" "$(head -c 35000 /dev/zero | tr '\0' x)"; } >d/producers/co-so-a.yaml && ocop -C d check
2> ocop: d/producers/co-so-a.yaml:4:1: error: an unknown key of 65 bytes; the limit is 64 bytes
2> ocop: d/producers/co-so-a.yaml:5:1: error: unknown key 'ghi_them' holds 70,000 bytes; the limit is 64 KiB
2> ocop: d: errors: 2, warnings: 0
? 1

$ ocop -C d producer set co-so-a phone=0255123456
2>*
? 1

# In Vietnamese.
$ ocop -C d --lang vi check
2> ocop: d/producers/co-so-a.yaml:4:1: lỗi: một khóa không rõ dài 65 byte; giới hạn là 64 byte
2> ocop: d/producers/co-so-a.yaml:5:1: lỗi: khóa không rõ 'ghi_them' chứa 70,000 byte; giới hạn là 64 KiB
2> ocop: d: 2 lỗi, 0 cảnh báo
? 1
