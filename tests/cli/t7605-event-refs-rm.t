# A producer or a product that an event names is not removed without
# --force: the event would name nothing (ocop check would then fail).

$ ocop -q init d && ocop -C d producer add "HTX A" --kind cooperative && ocop -C d producer add "HTX B" --kind cooperative
> htx-a
> htx-b

$ ocop -C d product add "Chè xanh" --producer htx-b --category food --date 2025-01-10 >/dev/null && ocop -C d event add training "Tập huấn OCOP" --date 2025-03-10 --producers htx-a && ocop -C d event add fair "Hội chợ" --date 2025-04-01 --products che-xanh
>*

$ ocop -C d producer rm htx-a
2> ocop: error: 'htx-a' is named by events: 2025-03-10-tap-huan-ocop; take it out of them with 'ocop event set', or pass --force
? 1

$ ocop -C d product rm che-xanh
2> ocop: error: 'che-xanh' is named by events: 2025-04-01-hoi-cho; take it out of them with 'ocop event set', or pass --force
? 1

$ ls d/producers d/products
> d/producers:
> htx-a.yaml
> htx-b.yaml
>
> d/products:
> che-xanh.yaml

$ ocop -C d producer rm htx-a --force && ocop -C d check >/dev/null 2>&1; echo $?
> 1
