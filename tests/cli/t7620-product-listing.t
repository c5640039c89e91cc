# A product's pages on e-commerce platforms, recorded by command: the
# readiness report counts them; rm takes a number or a platform.
$ ocop init d
2>*
$ ocop -C d producer add "Hợp tác xã Chè Suối Giàng" --kind cooperative
> hop-tac-xa-che-suoi-giang
$ ocop -C d product add "Chè Shan tuyết" --producer hop-tac-xa-che-suoi-giang --category beverage
> che-shan-tuyet

$ ocop -C d product listing add che-shan-tuyet Shopee https://shopee.vn/che-shan-tuyet --since 01/03/2025
> che-shan-tuyet 1
$ ocop -C d product listing add che-shan-tuyet postmart.vn http://postmart.vn/p/123
> che-shan-tuyet 2
$ sed -n '/^listings:/,$p' d/products/che-shan-tuyet.yaml
> listings:
> - {platform: Shopee, url: 'https://shopee.vn/che-shan-tuyet', since: 2025-03-01}
> - {platform: postmart.vn, url: 'http://postmart.vn/p/123'}
$ ocop -C d report readiness --format json | jq -c '.[] | [.product, .listings]'
> ["Chè Shan tuyết",2]
$ ocop -C d check

# -n writes nothing.
$ ocop -C d product listing add che-shan-tuyet Tiki https://tiki.vn/x -n 2>err; grep Tiki err
> che-shan-tuyet 3
> - {platform: Tiki, url: 'https://tiki.vn/x'}
$ grep -o 'platform: [A-Za-z.]*' d/products/che-shan-tuyet.yaml
> platform: Shopee
> platform: postmart.vn

# Refusals: the same page again (platform's letter case aside), an
# address that is not http(s), a bad date, an unknown product, an unknown
# platform or number to remove, missing arguments.
$ ocop -C d product listing add che-shan-tuyet shopee https://shopee.vn/che-shan-tuyet
2> ocop: error: the product already has this listing on shopee (number 1)
? 1
$ ocop -C d product listing add che-shan-tuyet Lazada lazada.vn/che
2> ocop: error: 'lazada.vn/che' is not a web address; give the page's address from http:// or https://
? 1
$ ocop -C d product listing add che-shan-tuyet Lazada ftp://lazada.vn/che
2> ocop: error: 'ftp://lazada.vn/che' is not a web address; give the page's address from http:// or https://
? 1
$ ocop -C d product listing add che-shan-tuyet Lazada https://lazada.vn/che --since 2025-13-01
2>*
? 1
$ ocop -C d product listing add che-shan Lazada https://lazada.vn/che
2> ocop: error: no product 'che-shan'; did you mean 'che-shan-tuyet'?
? 1
$ ocop -C d product listing rm che-shan-tuyet Tiki
2> ocop: error: the product has no listing on Tiki
? 1
$ ocop -C d product listing rm che-shan-tuyet 3
2> ocop: error: no listing 3; the product has 2
? 1
$ ocop -C d product listing add che-shan-tuyet Shopee
2>*
? 2
$ grep -o 'platform: [A-Za-z.]*' d/products/che-shan-tuyet.yaml
> platform: Shopee
> platform: postmart.vn

# Two pages on one platform: rm needs the number.
$ ocop -C d product listing add che-shan-tuyet Shopee https://shopee.vn/che-shan-tuyet-500g
> che-shan-tuyet 3
$ ocop -C d product listing rm che-shan-tuyet shopee
2> ocop: error: the product has 2 listings on shopee; name one by its number in 'ocop product show'
? 1
$ ocop -C d product listing rm che-shan-tuyet 3

# rm by platform, then by number.
$ ocop -C d product listing rm che-shan-tuyet SHOPEE
$ ocop -C d report readiness --format json | jq -c '.[] | [.product, .listings]'
> ["Chè Shan tuyết",1]
$ ocop -C d product listing rm che-shan-tuyet 1
$ ocop -C d product listing rm che-shan-tuyet 1
2> ocop: error: the product has no listings
? 1
