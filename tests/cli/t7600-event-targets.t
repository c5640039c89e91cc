# Events recorded by command, from an empty directory: a training with
# one of two producers and a fair with one product make report targets
# show 50 % trained and 1 fair; no YAML is edited by hand.
$ ocop init d
2>*
$ ocop -C d producer add "Hộ kinh doanh Lê Thị Hoa" --kind household
> ho-kinh-doanh-le-thi-hoa
$ ocop -C d producer add "Hợp tác xã Chè Suối Giàng" --kind cooperative
> hop-tac-xa-che-suoi-giang
$ ocop -C d product add "Chè Shan tuyết" --producer hop-tac-xa-che-suoi-giang --category beverage --date 2025-02-01
> che-shan-tuyet

# An unknown producer is refused, with the id most likely meant; nothing is written.
$ ocop -C d event add training "Tập huấn OCOP" --date 10/03/2025 --producers ho-kinh-doanh-le-thi-hoaa
2> ocop: error: producers: no producer 'ho-kinh-doanh-le-thi-hoaa'; did you mean 'ho-kinh-doanh-le-thi-hoa'?
? 1
$ ocop -C d event add fair "Hội chợ" --date 2025-04-02 --products che-shan
2> ocop: error: products: no product 'che-shan'; did you mean 'che-shan-tuyet'?
? 1
$ ocop -C d event add meeting "Họp" --date 2025-04-02
2> ocop: error: unknown kind 'meeting'; expected one of: training, fair, workshop, promotion
? 1
$ ocop -C d event add fair "Hội chợ"
2>*
? 2
$ test -d d/events || echo none
> none

$ ocop -C d event add training "Tập huấn OCOP" --date 10/03/2025 --producers ho-kinh-doanh-le-thi-hoa --hours 8 --place "Nhà văn hoá"
> 2025-03-10-tap-huan-ocop
$ ocop -C d event add fair "Hội chợ nông sản Yên Bái" --date 2025-04-02 --until 2025-04-05 --products che-shan-tuyet
> 2025-04-02-hoi-cho-nong-san-yen-bai
$ cat d/events/2025-03-10-tap-huan-ocop.yaml
> id: '2025-03-10-tap-huan-ocop'
> kind: training
> name: Tập huấn OCOP
> date: 2025-03-10
> place: Nhà văn hoá
> producers:
> - ho-kinh-doanh-le-thi-hoa
> hours: 8
$ ocop -C d event list --format csv
> id,date,kind,name,producers,products
> 2025-03-10-tap-huan-ocop,2025-03-10,training,Tập huấn OCOP,1,0
> 2025-04-02-hoi-cho-nong-san-yen-bai,2025-04-02,fair,Hội chợ nông sản Yên Bái,0,1
$ ocop -C d check

$ ocop -C d report targets --year 2025 --format json | jq -c '.targets[] | select(.target != "new_products") | [.target, .actual, .detail]'
> ["trained",50,"1/2"]
> ["fairs",1,null]
2> ocop: warning: ocop.yaml has no targets for 2025; the report shows the year alone
$ ocop -C d report targets --year 2025 --format json | jq -c '.fairs'
> [{"date":"2025-04-02","fair":"Hội chợ nông sản Yên Bái","products":"Chè Shan tuyết"}]
2> ocop: warning: ocop.yaml has no targets for 2025; the report shows the year alone
$ ocop -C d report quarter --year 2025 --quarter 1 --format json | jq -c '.counts[] | select(.item == "trained" or .item == "courses")'
> {"item":"trained","count":1}
> {"item":"courses","count":1}

# set changes the producers, checked again; rm removes the event.
$ ocop -C d event set 2025-03-10-tap-huan-ocop producers=ho-kinh-doanh-le-thi-hoa,nobody
2> ocop: error: producers: no producer 'nobody'
? 1
$ ocop -C d event set 2025-03-10-tap-huan-ocop producers=ho-kinh-doanh-le-thi-hoa,hop-tac-xa-che-suoi-giang
$ ocop -C d report targets --year 2025 --format json | jq -c '.targets[] | select(.target == "trained") | .actual'
> 100
2> ocop: warning: ocop.yaml has no targets for 2025; the report shows the year alone
$ ocop -C d event rm 2025-04-02-hoi-cho-nong-san-yen-bai
$ ocop -C d report targets --year 2025 --format json | jq -c '.targets[] | select(.target == "fairs") | .actual'
> 0
2> ocop: warning: ocop.yaml has no targets for 2025; the report shows the year alone

# check names an event whose producer went away (removed with --force).
$ ocop -C d producer rm ho-kinh-doanh-le-thi-hoa --force
$ ocop -C d check
2> ocop: d/events/2025-03-10-tap-huan-ocop.yaml:7:3: error: producers: no producer 'ho-kinh-doanh-le-thi-hoa'
2> ocop: d: errors: 1, warnings: 0
? 1
