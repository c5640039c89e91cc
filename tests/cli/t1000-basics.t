# The done-when of the foundation issue, as a new user types it.
$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in d

$ ocop -C d producer add "Công ty TNHH XNK Yến sào Cù Lao Ré" --kind enterprise --tax-code 0123456789
> cong-ty-tnhh-xnk-yen-sao-cu-lao-re

$ ocop -C d product add "Yến rút lông nguyên tổ Culaore" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category food
> yen-rut-long-nguyen-to-culaore

$ ocop -C d product list --search yen --format csv
> id,name,producer,category,step,stars,status
> yen-rut-long-nguyen-to-culaore,Yến rút lông nguyên tổ Culaore,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,2,,in-progress

# The tax code stays a string for every YAML 1.1 reader.
$ grep tax_code d/producers/cong-ty-tnhh-xnk-yen-sao-cu-lao-re.yaml
> tax_code: '0123456789'

$ ocop -C d product add "Bánh" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category fod
2> ocop: error: unknown category 'fod'; did you mean 'food'?
? 1

$ ls d/products
> yen-rut-long-nguyen-to-culaore.yaml

$ ocop -C d check
