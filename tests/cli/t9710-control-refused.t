# Control characters are refused on every way in (issue 17), by the
# field, naming the character and its position in the value: typed on the
# command line, written as a YAML escape in a record, read from a
# register.  Notes keep their line breaks and tabs; single-line fields
# refuse a line break with their own message.  Nothing is written.
$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility
> co-so-a

$ ocop -C d producer add "$(printf 'Cơ sở\033]0;x\007')" --kind facility
2> ocop: error: name contains control character U+001B at position 6; remove it; records hold text only
? 1

$ cp d/producers/co-so-a.yaml before.yaml && ocop -C d producer set co-so-a address="$(printf 'Số 1\302\233A')"
2> ocop: error: address contains control character U+009B at position 5; remove it; records hold text only
? 1

$ ocop -C d producer set co-so-a notes="$(printf 'dòng 1\r\ndòng 2')"
2> ocop: error: notes contains control character U+000D at position 7; remove it; records hold text only
? 1

$ cmp before.yaml d/producers/co-so-a.yaml

$ ocop -C d product add "$(printf 'Chà\007bông')" --producer co-so-a --category food --date 2025-03-01
2> ocop: error: name contains control character U+0007 at position 4; remove it; records hold text only
? 1

# In Vietnamese, the field as the office names it.
$ ocop -C d --lang vi producer set co-so-a name="$(printf 'A\033B')"
2> ocop: lỗi: tên chứa ký tự điều khiển U+001B ở vị trí 2; hãy xóa ký tự đó; bản ghi chỉ chứa văn bản
? 1

# Notes keep a line break and a tab.
$ ocop -C d producer set co-so-a notes="$(printf 'dòng 1\n\tdòng 2')" && cat d/producers/co-so-a.yaml
> id: co-so-a
> name: Cơ sở A
> kind: facility
> notes: "dòng 1\n\tdòng 2"

# A YAML escape in a record: refused by ocop check, at its line and column.
$ printf 'id: co-so-b\nname: "A\\eB"\nkind: facility\nnotes: "x\\u0007y"\n' >d/producers/co-so-b.yaml && ocop -C d check
2> ocop: d/producers/co-so-b.yaml:2:7: error: name contains control character U+001B at position 2; remove it; records hold text only
2> ocop: d/producers/co-so-b.yaml:4:8: error: notes contains control character U+0007 at position 2; remove it; records hold text only
2> ocop: d: errors: 2, warnings: 0
? 1

# A key the schema does not know holds no control character either.
$ printf 'id: co-so-b\nname: B\nkind: facility\nextra: [ok, "x\\x1b"]\n' >d/producers/co-so-b.yaml && ocop -C d check
2> ocop: d/producers/co-so-b.yaml:4:13: error: extra contains control character U+001B at position 2; remove it; records hold text only
2> ocop: d: errors: 1, warnings: 0
? 1

$ rm d/producers/co-so-b.yaml

# A register: the CSV reader refuses a raw control byte in a cell.  A
# line break in a cell (Excel's Alt+Enter) is kept in notes, and joined
# with a space in a single-line field, which then holds one line.
$ printf 'Tên,Loại hình\n"Cơ sở\033C",facility\n' >esc.csv && ocop -C d import producers esc.csv
2> ocop: esc.csv:2:1: error: control character U+001B in the cell; remove it; records hold text only
? 1

$ printf 'Tên,Loại hình,Ghi chú\n"Cơ sở\nD",facility,"dòng 1\ndòng 2"\n' >nl.csv && ocop -C d import producers nl.csv && cat d/producers/co-so-d.yaml
> producers: 1 added, 0 unchanged, 0 changed, 0 refused
> id: co-so-d
> name: Cơ sở D
> kind: facility
> notes: |-
>   dòng 1
>   dòng 2
